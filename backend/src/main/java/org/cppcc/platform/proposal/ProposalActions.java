package org.cppcc.platform.proposal;

import org.cppcc.platform.account.PlatformUser;

/**
 * Everything a person can do to a proposal, each a state change and its Flowable step in one
 * transaction. Refusals are {@link org.cppcc.platform.shared.error.ApiException}s: 403 for the wrong
 * person, 409 for the wrong state, 400 for bad input; nothing changes then.
 */
public interface ProposalActions {

    long createDraft(PlatformUser proposer, ProposalForm form);

    void updateDraft(PlatformUser proposer, long proposalId, ProposalForm form);

    /** Sends a joint proposal's invitations, or any other proposal straight to review. */
    void submit(PlatformUser proposer, long proposalId);

    void answerInvitation(PlatformUser member, long proposalId, boolean confirm);

    /** The lead proposer ends co-signing; invitations not yet confirmed no longer count. */
    void submitForReview(PlatformUser proposer, long proposalId);

    void review(PlatformUser office, long proposalId, ReviewDecision decision);

    void assign(PlatformUser office, long proposalId, AssignmentPlan plan);

    void signFor(PlatformUser unit, long assignmentId);

    void requestReturn(PlatformUser unit, long assignmentId, String reason);

    void decideReturn(PlatformUser office, long assignmentId, ReturnDecision decision);

    /** The id of a unit's current (not returned) assignment on a proposal. */
    long currentAssignment(long proposalId, long unitId);
}
