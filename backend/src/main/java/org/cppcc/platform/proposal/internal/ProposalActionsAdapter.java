package org.cppcc.platform.proposal.internal;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.proposal.AssignmentPlan;
import org.cppcc.platform.proposal.ProposalActions;
import org.cppcc.platform.proposal.ProposalForm;
import org.cppcc.platform.proposal.ReturnDecision;
import org.cppcc.platform.proposal.ReviewDecision;
import org.springframework.stereotype.Service;

/**
 * {@link ProposalActions} for other modules and the demo data: each act goes straight to the side class that
 * owns it (proposer, office, unit), the same one the module's controllers call.
 */
@Service
class ProposalActionsAdapter implements ProposalActions {

    private final DraftCommands drafts;
    private final OfficeCommands office;
    private final UnitCommands units;

    ProposalActionsAdapter(DraftCommands drafts, OfficeCommands office, UnitCommands units) {
        this.drafts = drafts;
        this.office = office;
        this.units = units;
    }

    @Override
    public long createDraft(PlatformUser proposer, ProposalForm form) {
        return drafts.createDraft(proposer, form);
    }

    @Override
    public void updateDraft(PlatformUser proposer, long proposalId, ProposalForm form) {
        drafts.updateDraft(proposer, proposalId, form);
    }

    @Override
    public void submit(PlatformUser proposer, long proposalId) {
        drafts.submit(proposer, proposalId);
    }

    @Override
    public void answerInvitation(PlatformUser member, long proposalId, boolean confirm) {
        drafts.answerInvitation(member, proposalId, confirm);
    }

    @Override
    public void submitForReview(PlatformUser proposer, long proposalId) {
        drafts.submitForReview(proposer, proposalId);
    }

    @Override
    public void review(PlatformUser officeUser, long proposalId, ReviewDecision decision) {
        office.review(officeUser, proposalId, decision);
    }

    @Override
    public void assign(PlatformUser officeUser, long proposalId, AssignmentPlan plan) {
        office.assign(officeUser, proposalId, plan);
    }

    @Override
    public void signFor(PlatformUser unit, long assignmentId) {
        units.signFor(unit, assignmentId);
    }

    @Override
    public void requestReturn(PlatformUser unit, long assignmentId, String reason) {
        units.requestReturn(unit, assignmentId, reason);
    }

    @Override
    public long currentAssignment(long proposalId, long unitId) {
        return units.currentAssignment(proposalId, unitId);
    }

    @Override
    public void decideReturn(PlatformUser officeUser, long assignmentId, ReturnDecision decision) {
        office.decideReturn(officeUser, assignmentId, decision);
    }
}
