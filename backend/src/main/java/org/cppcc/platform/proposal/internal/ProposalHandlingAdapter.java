package org.cppcc.platform.proposal.internal;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.proposal.HandlingForms;
import org.cppcc.platform.proposal.ProposalHandling;
import org.springframework.stereotype.Service;

/**
 * {@link ProposalHandling} for other modules and the demo data: each act goes straight to the class that owns
 * it (handling, reply, evaluation), the same one the module's controllers call.
 */
@Service
class ProposalHandlingAdapter implements ProposalHandling {

    private final HandlingCommands handling;
    private final ReplyCommands replies;
    private final EvaluationCommands evaluations;

    ProposalHandlingAdapter(HandlingCommands handling, ReplyCommands replies, EvaluationCommands evaluations) {
        this.handling = handling;
        this.replies = replies;
        this.evaluations = evaluations;
    }

    @Override
    public void recordContact(PlatformUser unit, long assignmentId, HandlingForms.Contact contact) {
        handling.recordContact(unit, assignmentId, contact);
    }

    @Override
    public void sendOpinion(PlatformUser unit, long assignmentId, HandlingForms.Opinion opinion) {
        handling.sendOpinion(unit, assignmentId, opinion);
    }

    @Override
    public long scheduleMeeting(PlatformUser organiser, long proposalId, HandlingForms.Meeting meeting) {
        return handling.scheduleMeeting(organiser, proposalId, meeting);
    }

    @Override
    public void recordMeeting(PlatformUser organiser, long meetingId, HandlingForms.MeetingOutcome outcome) {
        handling.recordMeeting(organiser, meetingId, outcome);
    }

    @Override
    public long requestExtension(PlatformUser unit, long assignmentId, HandlingForms.ExtensionRequest request) {
        return handling.requestExtension(unit, assignmentId, request);
    }

    @Override
    public void decideExtension(PlatformUser office, long extensionId, HandlingForms.ExtensionDecision decision) {
        handling.decideExtension(office, extensionId, decision);
    }

    @Override
    public void saveReply(PlatformUser unit, long assignmentId, HandlingForms.Reply reply) {
        replies.saveReply(unit, assignmentId, reply);
    }

    @Override
    public void submitReply(PlatformUser unit, long assignmentId) {
        replies.submitReply(unit, assignmentId);
    }

    @Override
    public void countersign(PlatformUser unit, long assignmentId, HandlingForms.Countersign countersign) {
        replies.countersign(unit, assignmentId, countersign);
    }

    @Override
    public void approveReply(PlatformUser unit, long assignmentId) {
        replies.approveReply(unit, assignmentId);
    }

    @Override
    public void checkReply(PlatformUser office, long assignmentId, HandlingForms.ReplyCheck check) {
        replies.checkReply(office, assignmentId, check);
    }

    @Override
    public void evaluate(PlatformUser proposerOrOffice, long proposalId, HandlingForms.Evaluation evaluation) {
        evaluations.evaluate(proposerOrOffice, proposalId, evaluation);
    }

    @Override
    public void decideAfterEvaluation(PlatformUser office, long proposalId, HandlingForms.AfterEvaluation decision) {
        evaluations.decideAfterEvaluation(office, proposalId, decision);
    }

    @Override
    public void publish(PlatformUser office, long proposalId) {
        evaluations.publish(office, proposalId);
    }

    @Override
    public void followUp(PlatformUser unit, long assignmentId, HandlingForms.FollowUp followUp) {
        handling.followUp(unit, assignmentId, followUp);
    }
}
