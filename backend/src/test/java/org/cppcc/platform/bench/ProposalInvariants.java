package org.cppcc.platform.bench;

import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must hold in the database after a proposal load, whatever happened to the platform meanwhile (a
 * {@code kill -9}, two nodes): every acknowledged write is there; nothing is there twice; each proposal has
 * exactly one process instance and no process instance is orphaned; registration numbers are contiguous and
 * a number once acknowledged still belongs to the proposal it was given to. Plain SQL that runs on MariaDB
 * and on the embedded H2 (MySQL mode).
 */
final class ProposalInvariants {

    private static final String PROPOSAL_PROCESSES = "PROC_DEF_ID_ LIKE 'proposal:%'";

    private final JdbcTemplate jdbc;

    ProposalInvariants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Acknowledged but not (or no longer) in the database, per kind of write. */
    record Lost(long drafts, long submissions, long registrations, long signatures) {
        long total() {
            return drafts + submissions + registrations + signatures;
        }
    }

    /** Broken invariants; all zero when the database is consistent. */
    record Broken(
            long duplicateNumbers,
            long doubleRegistrations,
            long doubleSignatures,
            long sessionsWithNumberGaps,
            long proposalsWithoutOneProcess,
            long proposalsWithSeveralRunningProcesses,
            long proposalsLinkedToAnotherProcess,
            long orphanedProcesses) {
        long total() {
            return duplicateNumbers
                    + doubleRegistrations
                    + doubleSignatures
                    + sessionsWithNumberGaps
                    + proposalsWithoutOneProcess
                    + proposalsWithSeveralRunningProcesses
                    + proposalsLinkedToAnotherProcess
                    + orphanedProcesses;
        }
    }

    Lost lost(ProposalLoad load) {
        return lost(
                load.acknowledgedDrafts,
                load.acknowledgedSubmissions,
                load.acknowledgedNumbers,
                load.acknowledgedSignatures);
    }

    Lost lost(
            Collection<Long> drafts,
            Collection<Long> submissions,
            Map<Long, Integer> numbers,
            Collection<Long> signatures) {
        long lostDrafts = drafts.stream()
                .filter(id -> count("SELECT COUNT(*) FROM proposal WHERE id = ?", id) == 0)
                .count();
        long lostSubmissions = submissions.stream()
                .filter(id -> count("SELECT COUNT(*) FROM proposal WHERE id = ? AND state <> 'DRAFT'", id) == 0)
                .count();
        // A number given and acknowledged must still be that proposal's: otherwise it was lost or re-issued.
        long lostNumbers = numbers.entrySet().stream()
                .filter(e -> count(
                                "SELECT COUNT(*) FROM proposal WHERE id = ? AND proposal_number = ?",
                                e.getKey(),
                                e.getValue())
                        == 0)
                .count();
        long lostSignatures = signatures.stream()
                .filter(a -> count(
                                "SELECT COUNT(*) FROM proposal_assignment WHERE id = ? "
                                        + "AND status <> 'AWAITING_SIGN_OFF'",
                                a)
                        == 0)
                .count();
        return new Lost(lostDrafts, lostSubmissions, lostNumbers, lostSignatures);
    }

    Broken broken() {
        return new Broken(
                count("SELECT COUNT(*) FROM (SELECT session_id, proposal_number FROM proposal "
                        + "WHERE proposal_number IS NOT NULL GROUP BY session_id, proposal_number "
                        + "HAVING COUNT(*) > 1) d"),
                count("SELECT COUNT(*) FROM (SELECT proposal_id FROM proposal_history WHERE action = 'REGISTER' "
                        + "GROUP BY proposal_id HAVING COUNT(*) > 1) d"),
                count("SELECT COUNT(*) FROM (SELECT assignment_id FROM proposal_history WHERE action = 'SIGN_FOR' "
                        + "GROUP BY assignment_id HAVING COUNT(*) > 1) d"),
                count("SELECT COUNT(*) FROM (SELECT session_id FROM proposal WHERE proposal_number IS NOT NULL "
                        + "GROUP BY session_id HAVING MAX(proposal_number) <> COUNT(*) "
                        + "OR MIN(proposal_number) <> 1) g"),
                count("SELECT COUNT(*) FROM proposal p LEFT JOIN (SELECT BUSINESS_KEY_ AS k, COUNT(*) AS n "
                        + "FROM ACT_HI_PROCINST WHERE " + PROPOSAL_PROCESSES + " GROUP BY BUSINESS_KEY_) h "
                        + "ON h.k = CONCAT('proposal-', p.id) WHERE COALESCE(h.n, 0) <> 1"),
                count("SELECT COUNT(*) FROM (SELECT BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL "
                        + "AND " + PROPOSAL_PROCESSES + " GROUP BY BUSINESS_KEY_ HAVING COUNT(*) > 1) d"),
                count("SELECT COUNT(*) FROM proposal p WHERE NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST h "
                        + "WHERE h.ID_ = p.process_instance_id AND h.BUSINESS_KEY_ = CONCAT('proposal-', p.id))"),
                count("SELECT COUNT(*) FROM ACT_HI_PROCINST h WHERE " + PROPOSAL_PROCESSES
                        + " AND NOT EXISTS (SELECT 1 FROM proposal p "
                        + "WHERE CONCAT('proposal-', p.id) = h.BUSINESS_KEY_)"));
    }

    long proposals() {
        // With a WHERE: H2's bare COUNT(*) reads the table map's size, which after a kill -9 counted one row
        // more than the rows themselves showed (h2database issue 2080).
        return count("SELECT COUNT(*) FROM proposal WHERE id > 0");
    }

    long processInstances() {
        return count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE " + PROPOSAL_PROCESSES);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    static void print(Lost lost, Broken broken) {
        System.out.printf(
                "lost: %d drafts, %d submissions, %d registration numbers, %d signatures%n",
                lost.drafts(), lost.submissions(), lost.registrations(), lost.signatures());
        System.out.printf(
                "duplicated: %d registration numbers, %d registrations, %d signatures; "
                        + "sessions with numbering gaps: %d%n",
                broken.duplicateNumbers(),
                broken.doubleRegistrations(),
                broken.doubleSignatures(),
                broken.sessionsWithNumberGaps());
        System.out.printf(
                "process instances: %d proposals without exactly one, %d with several running, "
                        + "%d linked to another, %d orphaned%n",
                broken.proposalsWithoutOneProcess(),
                broken.proposalsWithSeveralRunningProcesses(),
                broken.proposalsLinkedToAnotherProcess(),
                broken.orphanedProcesses());
    }
}
