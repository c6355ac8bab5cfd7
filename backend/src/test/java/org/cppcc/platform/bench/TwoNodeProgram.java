package org.cppcc.platform.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cppcc.platform.support.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two platform JVMs (the packaged jar) on one MariaDB schema, on different ports, as behind a load balancer
 * without sticky sessions: (1) a session opened on node A works on node B, and logging out on B ends it on A;
 * (2) the proposal load of {@link ProposalLoad} with the members spread over both nodes, the two office users
 * on different nodes racing to register each proposal and the unit's two users on different nodes racing to
 * sign each assignment: one winner per race, nothing lost or duplicated; (3) the reminder scan running on
 * both nodes every two seconds over deadlines made due: each reminder sent once, by one node, and each of its
 * notices written once. Prints figures (docs/reliability.md). Needs the built jar; run from the root:
 * <pre>
 *   mvn -B -q install -DskipTests
 *   mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.cppcc.platform.bench.TwoNodeProgram -Dexec.args="32 3"
 * </pre>
 * (clients, proposals per client; MariaDB schema cppcc_two_nodes, dropped first).
 */
public final class TwoNodeProgram {

    private static final String SCHEMA = "cppcc_two_nodes";

    private TwoNodeProgram() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("cppcc-two-nodes");
        PlatformProcess.freshSchema(SCHEMA);
        List<String> scan = List.of(
                "--platform.supervision.scan-enabled=true",
                "--platform.supervision.scan-interval=PT2S",
                "--platform.supervision.scan-initial-delay=PT2S");
        // A first, alone, so that the schema is created once; B then starts on it.
        PlatformProcess a = PlatformProcess.start(
                PlatformProcess.freePort(), PlatformProcess.mariadb(SCHEMA, dir), scan, dir.resolve("node-a.log"));
        PlatformProcess b = PlatformProcess.start(
                PlatformProcess.freePort(), PlatformProcess.mariadb(SCHEMA, dir), scan, dir.resolve("node-b.log"));
        SingleConnectionDataSource data =
                new SingleConnectionDataSource(PlatformProcess.mariadbUrl(SCHEMA), "root", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(data);
            System.out.printf(
                    "Two nodes on one MariaDB schema: A %s (pid %d), B %s (pid %d), %d cores; logs in %s%n",
                    a.base(), a.pid(), b.base(), b.pid(), Runtime.getRuntime().availableProcessors(), dir);
            sharedSession(a, b);
            races(a, b, jdbc, clients, perClient);
            reminders(jdbc);
        } finally {
            data.destroy();
            a.stop();
            b.stop();
        }
    }

    /** Log in on A, carry the cookies to B (as a load balancer would send the next request), log out on B. */
    private static void sharedSession(PlatformProcess a, PlatformProcess b) {
        ApiClient onA = new ApiClient(a.base());
        onA.login("tab01", ProposalLoad.PASSWORD).expectStatus(200);
        ApiClient onB = new ApiClient(b.base())
                .withCookie("SESSION", onA.cookie("SESSION"))
                .withCookie("XSRF-TOKEN", onA.cookie("XSRF-TOKEN"));
        int meOnB = onB.get("/api/auth/me").status();
        String userOnB =
                meOnB == 200 ? onB.get("/api/auth/me").json().get("username").asString() : "-";
        int listOnB = onB.get("/api/proposals/todo").status();
        int logoutOnB = onB.post("/api/auth/logout", null).status();
        int meOnAAfter = onA.get("/api/auth/me").status();
        System.out.printf(
                "%nshared session: logged in on A; on B /api/auth/me → %d (%s), todo list → %d; "
                        + "logout on B → %d; then on A /api/auth/me → %d%n",
                meOnB, userOnB, listOnB, logoutOnB, meOnAAfter);
        System.out.println(meOnB == 200 && listOnB == 200 && meOnAAfter == 401 ? "=> held" : "=> BROKEN");
    }

    private static void races(PlatformProcess a, PlatformProcess b, JdbcTemplate jdbc, int clients, int perClient)
            throws Exception {
        ProposalLoad load = new ProposalLoad(List.of(a.base(), b.base()), "双节点");
        long started = System.nanoTime();
        load.run(clients, perClient);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "%nraces on two nodes: %d members × %d proposals (members alternate A/B), office users tab01 on A "
                        + "and tab02 on B, unit users fgj on B and %s on A, %.1f s%n",
                clients, perClient, ProposalLoad.SECOND_UNIT_USER, seconds);
        load.printFigures("acknowledged");
        ProposalInvariants invariants = new ProposalInvariants(jdbc);
        ProposalInvariants.Lost lost = invariants.lost(load);
        ProposalInvariants.Broken broken = invariants.broken();
        ProposalInvariants.print(lost, broken);
        // One winner per race: every proposal of the run registered once, every assignment signed once.
        long registeredByHistory = jdbc.queryForObject(
                "SELECT COUNT(*) FROM proposal_history h JOIN proposal p ON p.id = h.proposal_id "
                        + "WHERE h.action = 'REGISTER' AND p.title LIKE ?",
                Long.class,
                load.titlePrefix + "%");
        System.out.printf(
                "register: %d acknowledged, %d recorded in history; sign: %d acknowledged%n",
                load.acknowledgedNumbers.size(), registeredByHistory, load.acknowledgedSignatures.size());
        boolean held = lost.total() + broken.total() == 0
                && load.fiveHundreds() == 0
                && registeredByHistory == load.acknowledgedNumbers.size();
        System.out.println(held ? "=> held" : "=> BROKEN");
    }

    /**
     * Makes the run's deadlines due: each lead assignment's contact deadline today and its reply deadline eight
     * days ago (due-soon and overdue reminders at several levels), then lets both nodes' scans run until the
     * reminder and notice counts stay still.
     */
    private static void reminders(JdbcTemplate jdbc) throws InterruptedException {
        int items = jdbc.update("UPDATE proposal_assignment a SET contact_due_date = CURRENT_DATE, "
                + "reply_due_date = DATE_SUB(CURRENT_DATE, INTERVAL 8 DAY) "
                + "WHERE a.status = 'SIGNED' AND a.unit_role <> 'ASSISTING' "
                + "AND a.proposal_id IN (SELECT id FROM proposal WHERE title LIKE '双节点%')");
        long started = System.nanoTime();
        long before = -1;
        int still = 0;
        while (still < 4 && System.nanoTime() - started < 180_000_000_000L) {
            Thread.sleep(3000);
            long now = jdbc.queryForObject(
                    "SELECT (SELECT COUNT(*) FROM supervision_reminder) + "
                            + "(SELECT COUNT(*) FROM notification WHERE source_key LIKE 'reminder:%')",
                    Long.class);
            still = now == before ? still + 1 : 0;
            before = now;
        }
        long reminders = jdbc.queryForObject("SELECT COUNT(*) FROM supervision_reminder", Long.class);
        List<String> byNode = jdbc.queryForList(
                "SELECT CONCAT(sent_by_node, ': ', COUNT(*)) FROM supervision_reminder GROUP BY sent_by_node",
                String.class);
        long twice = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT item_key, kind, level FROM supervision_reminder "
                        + "GROUP BY item_key, kind, level HAVING COUNT(*) > 1) d",
                Long.class);
        long expectedNotices =
                jdbc.queryForObject("SELECT COALESCE(SUM(recipients), 0) FROM supervision_reminder", Long.class);
        long notices =
                jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE source_key LIKE 'reminder:%'", Long.class);
        long noticesTwice = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT account_id, source_key FROM notification "
                        + "WHERE source_key LIKE 'reminder:%' GROUP BY account_id, source_key HAVING COUNT(*) > 1) d",
                Long.class);
        long remindersWithWrongNotices = jdbc.queryForObject(
                "SELECT COUNT(*) FROM supervision_reminder r "
                        + "WHERE r.recipients <> (SELECT COUNT(*) FROM notification n "
                        + "WHERE n.source_key = CONCAT('reminder:', r.item_key, ':', r.kind, ':', r.level))",
                Long.class);
        long unfinishedEvents =
                jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", Long.class);
        System.out.printf(
                "%nreminder scan on both nodes every 2 s, %d lead assignments made due, %.0f s until still%n",
                items, (System.nanoTime() - started) / 1e9);
        System.out.printf("reminders sent: %d, by node: %s; sent twice: %d%n", reminders, byNode, twice);
        System.out.printf(
                "notices: %d written for %d recipients; written twice: %d; reminders whose notices differ from "
                        + "their recipients: %d; event publications not completed: %d%n",
                notices, expectedNotices, noticesTwice, remindersWithWrongNotices, unfinishedEvents);
        boolean held = reminders > 0
                && twice == 0
                && noticesTwice == 0
                && notices == expectedNotices
                && remindersWithWrongNotices == 0;
        System.out.println(held ? "=> held" : "=> BROKEN");
    }
}
