package org.cppcc.platform.proposal.internal;

import java.util.List;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationDirectory.MemberRef;
import org.cppcc.platform.proposal.CosignerStatus;
import org.cppcc.platform.proposal.ProposalForm;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff entry (代录): the proposal office enters a paper proposal for a member who does not work online, or for
 * a body as a collective proposal. The paper form already carries the proposer's and co-signers' signatures, so
 * the entered proposal goes straight to review; a member with an account owns it and sees it as their own.
 */
@Service
class StaffEntryCommands {

    private final CommandSupport support;
    private final ProposalMapper proposals;
    private final ProposalFormRules rules;
    private final OrganisationDirectory directory;
    private final DraftCommands drafts;

    StaffEntryCommands(
            CommandSupport support, ProposalFormRules rules, OrganisationDirectory directory, DraftCommands drafts) {
        this.support = support;
        this.proposals = support.proposals;
        this.rules = rules;
        this.directory = directory;
        this.drafts = drafts;
    }

    @Transactional
    long enter(PlatformUser office, Long memberId, ProposalForm form) {
        ProposalAccess.requireRole(office, Role.PROPOSAL_OFFICE);
        boolean collective = form.proposerType() == ProposerType.COLLECTIVE;
        MemberRef member = null;
        if (memberId != null) {
            member = directory.member(memberId).orElseThrow(() -> ApiException.invalid("memberId", "提案委员不存在或已停用"));
        } else if (!collective) {
            throw ApiException.invalid("memberId", "个人或联名提案须选择提案委员");
        }
        CommitteeSession session =
                directory.currentSession().orElseThrow(() -> new ApiException(ErrorCode.STATE_CONFLICT, "当前没有开放提案的会议"));
        if (session.closed()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "会议「" + session.name() + "」已结束提案征集");
        }
        drafts.checkPlenaryWindow(session, form);
        List<MemberRef> cosigners = rules.check(form, member == null ? 0L : member.id());
        if (form.proposerType() == ProposerType.JOINT && cosigners.isEmpty()) {
            throw ApiException.invalid("cosignerMemberIds", "联名提案至少需要一位联名委员");
        }
        ProposalRow proposal = new ProposalRow();
        proposal.sessionId = session.id();
        // A member without a login cannot own it online; the office that entered it keeps it for them.
        proposal.ownerAccountId = member != null && member.accountId() != null ? member.accountId() : office.id();
        proposal.leadMemberId = member == null ? null : member.id();
        proposal.sectorId = member == null ? null : member.sectorId();
        proposal.state = ProposalState.DRAFT;
        proposal.createdAt = support.now();
        drafts.fill(proposal, form);
        proposals.insert(proposal);
        form.suggestedUnits().forEach(unitId -> proposals.insertSuggestedUnit(proposal.id, unitId));
        cosigners.stream()
                .map(MemberRef::id)
                .distinct()
                .forEach(id -> proposals.insertCosigner(proposal.id, id, CosignerStatus.CONFIRMED, support.now()));
        proposals.setProcessInstance(
                proposal.id, support.workflow.start(proposal.id, proposal.ownerAccountId, session.deadlines()));
        support.move(proposal, ProposalState.DRAFT, ProposalState.UNDER_REVIEW);
        proposals.markSubmitted(proposal.id, support.now());
        support.workflow.submitDraft(proposal, List.of(), null);
        String forWhom = collective ? form.bodyName().strip() : member.name();
        support.history.recordOnBehalf(
                proposal.id,
                office,
                Role.PROPOSAL_OFFICE,
                forWhom,
                HistoryAction.STAFF_ENTRY,
                ProposalState.DRAFT,
                ProposalState.UNDER_REVIEW,
                "提案办代录，提案人：" + forWhom);
        support.publish(
                proposal,
                office,
                Role.PROPOSAL_OFFICE,
                ProposalState.DRAFT,
                f -> new ProposalEvent.Submitted(f, false, 0));
        return proposal.id;
    }
}
