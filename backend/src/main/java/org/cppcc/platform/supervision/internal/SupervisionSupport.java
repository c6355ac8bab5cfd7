package org.cppcc.platform.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposalSupervision;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.web.Text;
import org.springframework.stereotype.Component;

/** What every supervision act checks first (who, which proposal, in which state) and how it names a proposal. */
@Component
class SupervisionSupport {

    private static final Set<ProposalState> OPEN = Set.of(
            ProposalState.ASSIGNMENT,
            ProposalState.AWAITING_SIGN_OFF,
            ProposalState.HANDLING,
            ProposalState.REHANDLING,
            ProposalState.REPLY_REVIEW,
            ProposalState.AWAITING_EVALUATION);

    final ProposalSupervision proposals;
    final AccountService accounts;
    final SupervisionEventPublisher events;
    private final Clock clock;

    SupervisionSupport(
            ProposalSupervision proposals, AccountService accounts, SupervisionEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A registered proposal the actor may see, still in handling. */
    ProposalBrief openProposal(PlatformUser actor, long proposalId) {
        ProposalBrief proposal = registeredProposal(actor, proposalId);
        if (!OPEN.contains(proposal.state())) {
            throw new ApiException(
                    ErrorCode.STATE_CONFLICT, "提案当前状态为「" + proposal.state().label() + "」，不能进行此操作");
        }
        return proposal;
    }

    ProposalBrief registeredProposal(PlatformUser actor, long proposalId) {
        if (!proposals.canView(actor, proposalId)) {
            throw ApiException.notFound("提案");
        }
        ProposalBrief proposal = proposals.brief(proposalId).orElseThrow(() -> ApiException.notFound("提案"));
        if (proposal.number() == null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有已立案的提案可以督办");
        }
        return proposal;
    }

    AccountContact leader(long accountId) {
        if (!accounts.accountsWithRole(Role.LEADER).contains(accountId)) {
            throw ApiException.invalid("leadLeaderId", "请选择一位领导作为领衔督办领导");
        }
        return accounts.contact(accountId).orElseThrow();
    }

    /** The accounts of the proposal's units still handling it, or of one of them. */
    List<Long> unitAccounts(ProposalBrief proposal, Long onlyUnit) {
        List<Long> to = new ArrayList<>();
        proposal.units().stream()
                .filter(u -> u.status() != AssignmentStatus.RETURNED)
                .filter(u -> onlyUnit == null || u.unitId() == onlyUnit)
                .map(ProposalBrief.UnitPart::unitId)
                .distinct()
                .forEach(u -> to.addAll(accounts.accountsOfUnit(u)));
        return to;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static Role officeOrLeader(PlatformUser actor) {
        if (actor.has(Role.PROPOSAL_OFFICE)) {
            return Role.PROPOSAL_OFFICE;
        }
        if (actor.has(Role.LEADER)) {
            return Role.LEADER;
        }
        throw new ApiException(ErrorCode.FORBIDDEN, "只有提案委或领导可以记录督办情况");
    }

    static void require(PlatformUser user, Role role) {
        if (!user.has(role)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有" + role.label() + "可以进行此操作");
        }
    }

    static String label(ProposalBrief proposal) {
        return (proposal.number() == null ? "" : "第" + proposal.number() + "号提案") + "「" + proposal.title() + "」";
    }

    static String link(long proposalId) {
        return "/supervision/proposals/" + proposalId;
    }

    /** The text ending in one full stop, however the writer ended it. */
    static String withStop(String text) {
        return text.endsWith("。") || text.endsWith("！") || text.endsWith("？") ? text : text + "。";
    }

    static boolean blank(String s) {
        return Text.isBlank(s);
    }
}
