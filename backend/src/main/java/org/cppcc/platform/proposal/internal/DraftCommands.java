package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.calendar.WorkingDayCalendar;
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

/** The proposer's side: drafting, submitting, and co-signing. */
@Service
class DraftCommands {

    private final CommandSupport support;
    private final ProposalMapper proposals;
    private final ProposalFormRules rules;
    private final OrganisationDirectory directory;
    private final WorkingDayCalendar calendar;
    private final ProposalDeadlines deadlines;

    DraftCommands(
            CommandSupport support,
            ProposalFormRules rules,
            OrganisationDirectory directory,
            WorkingDayCalendar calendar,
            ProposalDeadlines deadlines) {
        this.support = support;
        this.proposals = support.proposals;
        this.rules = rules;
        this.directory = directory;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    @Transactional
    long createDraft(PlatformUser proposer, ProposalForm form) {
        ProposalAccess.requireRole(proposer, Role.MEMBER);
        Long memberId = support.access.memberId(proposer);
        if (memberId == null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有政协委员可以提出提案");
        }
        CommitteeSession session =
                directory.currentSession().orElseThrow(() -> new ApiException(ErrorCode.STATE_CONFLICT, "当前没有开放提案的会议"));
        if (session.closed()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "会议「" + session.name() + "」已结束提案征集");
        }
        checkPlenaryWindow(session, form);
        List<MemberRef> cosigners = rules.check(form, memberId);
        ProposalRow proposal = new ProposalRow();
        proposal.sessionId = session.id();
        proposal.ownerAccountId = proposer.id();
        proposal.leadMemberId = memberId;
        proposal.sectorId = directory.member(memberId).map(MemberRef::sectorId).orElse(null);
        proposal.state = ProposalState.DRAFT;
        proposal.createdAt = support.now();
        fill(proposal, form);
        proposals.insert(proposal);
        saveLists(proposal.id, form, cosigners, true);
        proposals.setProcessInstance(
                proposal.id, support.workflow.start(proposal.id, proposer.id(), session.deadlines()));
        support.record(proposal, proposer, Role.MEMBER, HistoryAction.CREATE_DRAFT, null, null, null);
        support.publish(proposal, proposer, Role.MEMBER, null, ProposalEvent.Drafted::new);
        return proposal.id;
    }

    @Transactional
    void updateDraft(PlatformUser proposer, long proposalId, ProposalForm form) {
        ProposalRow proposal = support.lockVisible(proposer, proposalId);
        ProposalAccess.requireOwner(proposer, proposal);
        ProposalAccess.requireState(proposal, ProposalState.DRAFT);
        directory.session(proposal.sessionId).ifPresent(session -> checkPlenaryWindow(session, form));
        List<MemberRef> cosigners = rules.check(form, proposal.leadMemberId);
        fill(proposal, form);
        proposals.updateForm(proposal);
        saveLists(proposal.id, form, cosigners, false);
        support.record(proposal, proposer, Role.MEMBER, HistoryAction.UPDATE_DRAFT, ProposalState.DRAFT, null, null);
        support.publish(proposal, proposer, Role.MEMBER, ProposalState.DRAFT, ProposalEvent.DraftUpdated::new);
    }

    @Transactional
    void submit(PlatformUser proposer, long proposalId) {
        ProposalRow proposal = support.lockVisible(proposer, proposalId);
        ProposalAccess.requireOwner(proposer, proposal);
        ProposalAccess.requireState(proposal, ProposalState.DRAFT);
        List<CosignerView> cosigners = proposals.cosigners(proposalId);
        if (proposal.proposerType == ProposerType.JOINT && cosigners.isEmpty()) {
            throw ApiException.invalid("cosignerMemberIds", "联名提案至少需要邀请一位联名委员");
        }
        proposals.inviteCosigners(proposalId, support.now());
        List<Long> invitedAccounts = proposals.cosigners(proposalId).stream()
                .filter(c -> c.status() == CosignerStatus.INVITED)
                .map(CosignerView::accountId)
                .toList();
        List<String> invited = invitedAccounts.stream().map(String::valueOf).toList();
        if (invited.isEmpty()) {
            support.move(proposal, ProposalState.DRAFT, ProposalState.UNDER_REVIEW);
            proposals.markSubmitted(proposalId, support.now());
            support.workflow.submitDraft(proposal, List.of(), null);
            support.record(proposal, proposer, Role.MEMBER, HistoryAction.SUBMIT, ProposalState.DRAFT, null, null);
            support.publish(
                    proposal,
                    proposer,
                    Role.MEMBER,
                    ProposalState.DRAFT,
                    f -> new ProposalEvent.Submitted(f, false, 0));
        } else {
            support.move(proposal, ProposalState.DRAFT, ProposalState.COSIGNING);
            LocalDate deadline = cosignDeadline(proposal);
            support.workflow.submitDraft(proposal, invited, endOf(deadline));
            support.record(
                    proposal,
                    proposer,
                    Role.MEMBER,
                    HistoryAction.INVITE_COSIGNERS,
                    ProposalState.DRAFT,
                    null,
                    "邀请" + invited.size() + "位委员联名");
            support.publish(
                    proposal,
                    proposer,
                    Role.MEMBER,
                    ProposalState.DRAFT,
                    f -> new ProposalEvent.CosignersInvited(f, invitedAccounts, deadline));
        }
    }

    @Transactional
    void answerInvitation(PlatformUser member, long proposalId, boolean confirm) {
        ProposalRow proposal = support.lockVisible(member, proposalId);
        Long memberId = support.access.memberId(member);
        boolean invited = memberId != null
                && proposals.cosigners(proposalId).stream()
                        .anyMatch(c -> c.memberId() == memberId && c.status() == CosignerStatus.INVITED);
        ProposalAccess.requireState(proposal, ProposalState.COSIGNING);
        if (!invited) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "没有待您确认的联名邀请");
        }
        proposals.answerInvitation(
                proposalId, memberId, confirm ? CosignerStatus.CONFIRMED : CosignerStatus.DECLINED, support.now());
        support.workflow.answerInvitation(proposal, member.id());
        support.record(
                proposal,
                member,
                Role.MEMBER,
                confirm ? HistoryAction.CONFIRM_COSIGN : HistoryAction.DECLINE_COSIGN,
                ProposalState.COSIGNING,
                null,
                null);
        support.publish(
                proposal,
                member,
                Role.MEMBER,
                ProposalState.COSIGNING,
                f -> new ProposalEvent.CosignAnswered(f, memberId, member.id(), confirm));
    }

    @Transactional
    void submitForReview(PlatformUser proposer, long proposalId) {
        ProposalRow proposal = support.lockVisible(proposer, proposalId);
        ProposalAccess.requireOwner(proposer, proposal);
        ProposalAccess.requireState(proposal, ProposalState.COSIGNING);
        support.move(proposal, ProposalState.COSIGNING, ProposalState.UNDER_REVIEW);
        int expired = proposals.expireInvitations(proposalId, support.now());
        proposals.markSubmitted(proposalId, support.now());
        support.workflow.submitForReview(proposal);
        support.record(
                proposal,
                proposer,
                Role.MEMBER,
                HistoryAction.SUBMIT_FOR_REVIEW,
                ProposalState.COSIGNING,
                null,
                expired == 0 ? null : expired + "位委员未确认，不计入联名");
        support.publish(
                proposal,
                proposer,
                Role.MEMBER,
                ProposalState.COSIGNING,
                f -> new ProposalEvent.Submitted(f, false, expired));
    }

    /** The session's co-sign deadline day, or else the session's number of working days from today. */
    private LocalDate cosignDeadline(ProposalRow proposal) {
        return directory
                .session(proposal.sessionId)
                .map(CommitteeSession::cosignDeadline)
                .orElseGet(() -> deadlines.of(proposal).cosign().dueFrom(support.today(), calendar));
    }

    /** After the session's last day for 大会提案, a new proposal can only be a 平时提案. */
    private void checkPlenaryWindow(CommitteeSession session, ProposalForm form) {
        if (Boolean.TRUE.equals(form.plenary()) && !session.takesPlenaryProposalsOn(support.today())) {
            throw ApiException.invalid("plenary", "本次会议大会提案已于" + session.plenaryProposalsUntil() + "截止征集，请选择平时提案");
        }
    }

    private String endOf(LocalDate day) {
        return ZonedDateTime.of(day.atTime(23, 59, 59), support.clock.getZone())
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private void fill(ProposalRow proposal, ProposalForm form) {
        boolean collective = form.proposerType() == ProposerType.COLLECTIVE;
        proposal.plenary = form.plenary();
        proposal.category = form.category();
        proposal.title = form.title().strip();
        proposal.situation = form.situation().strip();
        proposal.analysis = form.analysis().strip();
        proposal.suggestions = form.suggestions().strip();
        proposal.proposerType = form.proposerType();
        proposal.bodyKind = collective ? form.bodyKind() : null;
        proposal.bodyName = collective ? form.bodyName().strip() : null;
        proposal.contactPerson = collective ? form.contactPerson().strip() : null;
        proposal.contactPhone = collective ? form.contactPhone().strip() : null;
        proposal.consentPublish = form.consentPublish();
        proposal.noPublishReason =
                form.consentPublish() ? null : form.noPublishReason().strip();
        proposal.updatedAt = support.now();
    }

    /**
     * Keeps a co-signer's answer when they stay on the list; newcomers wait to be invited on submission.
     * Only the differences are written, and rows are deleted by primary key: a brand-new proposal has nothing
     * to delete, and on InnoDB a range delete on an empty parent locks the index gap that concurrent drafts
     * insert into (the deadlock found under load, see docs/reliability.md).
     */
    private void saveLists(long proposalId, ProposalForm form, List<MemberRef> cosigners, boolean created) {
        Set<Long> units = new LinkedHashSet<>(form.suggestedUnits());
        List<Long> existingUnits = created ? List.of() : proposals.suggestedUnits(proposalId);
        existingUnits.stream()
                .filter(id -> !units.contains(id))
                .forEach(id -> proposals.deleteSuggestedUnit(proposalId, id));
        units.stream()
                .filter(id -> !existingUnits.contains(id))
                .forEach(id -> proposals.insertSuggestedUnit(proposalId, id));
        List<Long> keep = cosigners.stream().map(MemberRef::id).distinct().toList();
        List<Long> existing = created
                ? List.of()
                : proposals.cosigners(proposalId).stream()
                        .map(CosignerView::memberId)
                        .toList();
        existing.stream().filter(id -> !keep.contains(id)).forEach(id -> proposals.deleteCosigner(proposalId, id));
        keep.stream()
                .filter(id -> !existing.contains(id))
                .forEach(id -> proposals.insertCosigner(proposalId, id, CosignerStatus.PENDING, support.now()));
    }
}
