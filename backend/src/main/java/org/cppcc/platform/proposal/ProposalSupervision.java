package org.cppcc.platform.proposal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;

/**
 * What the supervision module needs of proposals: the open deadlines read from the proposal tables, key
 * proposals on the BPMN model (message {@code keyProposalApproved}, task {@code supervise}), and entries
 * in the proposal's history. Writes follow {@link ProposalActions}' rules: row lock first, one transaction.
 */
public interface ProposalSupervision {

    /** Every open deadline of every proposal in handling. */
    List<DeadlineItem> openDeadlines();

    List<DeadlineItem> openDeadlines(long proposalId);

    /**
     * In the caller's transaction: locks the proposal row (so that a command on it waits, or has already
     * committed) and tells whether the item is still open with the same due date.
     */
    boolean lockIfStillOpen(DeadlineItem item);

    Optional<ProposalBrief> brief(long proposalId);

    /** The titles of these proposals (those that exist), by id, in one query: for lists of supervision rows. */
    Map<Long, String> titles(Collection<Long> proposalIds);

    /** Registered proposals not yet closed: candidates for key proposals. */
    List<ProposalBrief> registeredInHandling();

    boolean canView(PlatformUser user, long proposalId);

    /**
     * The chair's meeting approved the proposal as a key proposal: marks it, starts the {@code supervise}
     * task through the {@code keyProposalApproved} message and, when {@code replyDueLimit} is given, brings
     * every unit's reply deadline forward to it (now and for units that sign later).
     */
    void approveKeyProposal(PlatformUser office, long proposalId, LocalDate replyDueLimit, String comment);

    /** The supervising leader (or the office) ends key supervision: the {@code supervise} task completes. */
    void concludeKeySupervision(PlatformUser actor, Role role, long proposalId, String comment);

    /** Writes a supervision entry into the proposal's history, in the caller's transaction. */
    void record(PlatformUser actor, Role role, long proposalId, SupervisionAct act, Long assignmentId, String comment);
}
