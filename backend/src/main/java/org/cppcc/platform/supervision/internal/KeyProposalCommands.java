package org.cppcc.platform.supervision.internal;

import static org.cppcc.platform.supervision.internal.SupervisionSupport.blank;
import static org.cppcc.platform.supervision.internal.SupervisionSupport.require;

import java.time.LocalDate;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.ProposalSupervision;
import org.cppcc.platform.proposal.SupervisionAct;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key proposals (重点提案): the office shortlists, drops and, after the chair's meeting, approves them with a
 * supervising leader; the leader (or the office) ends supervision. Each act lands in the proposal's history.
 */
@Service
class KeyProposalCommands {

    private final SupervisionSupport support;
    private final ProposalSupervision proposals;
    private final SupervisionStore store;
    private final WorkingDayCalendar calendar;
    private final SupervisionProperties properties;

    KeyProposalCommands(
            SupervisionSupport support,
            SupervisionStore store,
            WorkingDayCalendar calendar,
            SupervisionProperties properties) {
        this.support = support;
        this.proposals = support.proposals;
        this.store = store;
        this.calendar = calendar;
        this.properties = properties;
    }

    @Transactional
    void shortlist(PlatformUser office, SupervisionForms.Shortlist form) {
        require(office, Role.PROPOSAL_OFFICE);
        ProposalBrief proposal = support.openProposal(office, form.proposalId());
        if (store.keyProposal(proposal.id()) != null || proposal.keyProposal()) {
            throw new ApiException(ErrorCode.DUPLICATE, "该提案已在重点提案名单中");
        }
        store.insertKeyProposal(proposal.id(), form.reason().strip(), office.id(), support.now());
        proposals.record(
                office,
                Role.PROPOSAL_OFFICE,
                proposal.id(),
                SupervisionAct.KEY_SHORTLIST,
                null,
                form.reason().strip());
        support.events.publish(
                proposal.id(),
                office,
                Role.PROPOSAL_OFFICE,
                f -> new SupervisionEvent.KeyProposalShortlisted(
                        f, form.reason().strip()));
    }

    @Transactional
    void drop(PlatformUser office, long proposalId) {
        require(office, Role.PROPOSAL_OFFICE);
        KeyProposalRow key = store.keyProposal(proposalId);
        if (key == null) {
            throw ApiException.notFound("重点提案候选");
        }
        if (store.dropKeyProposal(proposalId) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "已经审定的重点提案不能移出");
        }
        proposals.record(office, Role.PROPOSAL_OFFICE, proposalId, SupervisionAct.KEY_DROP, null, null);
        support.events.publish(proposalId, office, Role.PROPOSAL_OFFICE, SupervisionEvent.KeyProposalDropped::new);
    }

    /** The chair's meeting approved it: record the meeting and the supervising leader, start supervision. */
    @Transactional
    void approve(PlatformUser office, long proposalId, SupervisionForms.Approval form) {
        require(office, Role.PROPOSAL_OFFICE);
        KeyProposalRow key = store.keyProposal(proposalId);
        if (key == null) {
            throw ApiException.notFound("重点提案候选");
        }
        AccountContact leader = support.leader(form.leadLeaderId());
        if (form.approvedOn().isAfter(support.today())) {
            throw ApiException.invalid("approvedOn", "审定日期不能晚于今天");
        }
        LocalDate replyDue = form.replyDueDate();
        if (replyDue == null && properties.keyReplyPeriod() != null) {
            replyDue = properties.keyReplyPeriod().dueFrom(support.today(), calendar);
        }
        if (store.approveKeyProposal(
                        proposalId,
                        form.meetingName().strip(),
                        form.approvedOn(),
                        office.id(),
                        leader.id(),
                        replyDue,
                        support.now())
                != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该重点提案已经审定");
        }
        String comment = form.meetingName().strip() + "（" + form.approvedOn() + "）审定，领衔督办：" + leader.displayName()
                + (blank(form.comment()) ? "" : "。" + form.comment().strip());
        proposals.approveKeyProposal(office, proposalId, replyDue, comment);
        LocalDate due = replyDue;
        support.events.publish(
                proposalId,
                office,
                Role.PROPOSAL_OFFICE,
                f -> new SupervisionEvent.KeyProposalApproved(
                        f, form.meetingName().strip(), form.approvedOn(), leader.id(), leader.displayName(), due));
    }

    @Transactional
    void changeLeader(PlatformUser office, long proposalId, SupervisionForms.Leader form) {
        require(office, Role.PROPOSAL_OFFICE);
        AccountContact leader = support.leader(form.leadLeaderId());
        KeyProposalRow key = store.keyProposal(proposalId);
        if (key == null) {
            throw ApiException.notFound("重点提案");
        }
        if (store.setLeader(proposalId, leader.id()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有已审定的重点提案可以调整领衔督办领导");
        }
        proposals.record(
                office,
                Role.PROPOSAL_OFFICE,
                proposalId,
                SupervisionAct.SUPERVISING_LEADER,
                null,
                "领衔督办领导调整为" + leader.displayName());
        support.events.publish(
                proposalId,
                office,
                Role.PROPOSAL_OFFICE,
                f -> new SupervisionEvent.SupervisingLeaderChanged(
                        f, leader.id(), leader.displayName(), key.leadLeaderId));
    }

    /** The supervising leader (or the office) ends supervision after the look-back review. */
    @Transactional
    void conclude(PlatformUser actor, long proposalId, SupervisionForms.Conclusion form) {
        KeyProposalRow key = store.keyProposal(proposalId);
        if (key == null || !proposals.canView(actor, proposalId)) {
            throw ApiException.notFound("重点提案");
        }
        Role role;
        if (actor.has(Role.PROPOSAL_OFFICE)) {
            role = Role.PROPOSAL_OFFICE;
        } else if (actor.has(Role.LEADER) && key.leadLeaderId != null && key.leadLeaderId == actor.id()) {
            role = Role.LEADER;
        } else {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有领衔督办领导或提案委可以结束督办");
        }
        if (store.concludeKeyProposal(proposalId, form.conclusion().strip(), support.now()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有审定后、尚未结束督办的重点提案可以结束督办");
        }
        proposals.concludeKeySupervision(
                actor, role, proposalId, form.conclusion().strip());
        support.events.publish(
                proposalId,
                actor,
                role,
                f -> new SupervisionEvent.KeySupervisionConcluded(
                        f, form.conclusion().strip(), key.leadLeaderId));
    }
}
