package org.cppcc.platform.proposal;

import org.cppcc.platform.account.PlatformUser;

/**
 * Part 2 of the lifecycle: handling by the units, the reply and its checks, evaluation, re-handling,
 * closing, follow-up and publication. Same rules as {@link ProposalActions}: one transaction per act,
 * 403/404/409/400 refusals that change nothing.
 */
public interface ProposalHandling {

    void recordContact(PlatformUser unit, long assignmentId, HandlingForms.Contact contact);

    void sendOpinion(PlatformUser unit, long assignmentId, HandlingForms.Opinion opinion);

    long scheduleMeeting(PlatformUser organiser, long proposalId, HandlingForms.Meeting meeting);

    void recordMeeting(PlatformUser organiser, long meetingId, HandlingForms.MeetingOutcome outcome);

    long requestExtension(PlatformUser unit, long assignmentId, HandlingForms.ExtensionRequest request);

    void decideExtension(PlatformUser office, long extensionId, HandlingForms.ExtensionDecision decision);

    void saveReply(PlatformUser unit, long assignmentId, HandlingForms.Reply reply);

    void submitReply(PlatformUser unit, long assignmentId);

    void countersign(PlatformUser unit, long assignmentId, HandlingForms.Countersign countersign);

    void approveReply(PlatformUser unit, long assignmentId);

    void checkReply(PlatformUser office, long assignmentId, HandlingForms.ReplyCheck check);

    void evaluate(PlatformUser proposerOrOffice, long proposalId, HandlingForms.Evaluation evaluation);

    void decideAfterEvaluation(PlatformUser office, long proposalId, HandlingForms.AfterEvaluation decision);

    void publish(PlatformUser office, long proposalId);

    void followUp(PlatformUser unit, long assignmentId, HandlingForms.FollowUp followUp);
}
