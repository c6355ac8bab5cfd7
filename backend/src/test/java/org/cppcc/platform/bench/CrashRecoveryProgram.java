package org.cppcc.platform.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code kill -9} under load, then restart on the same data, several rounds, on the embedded H2 file database
 * (the default) and on MariaDB (the {@code mysql} profile): each round starts the packaged jar, drives the
 * proposal load of {@link ProposalLoad}, kills the JVM with SIGKILL at a random point (even rounds while the
 * members draft, odd rounds while the office registers and the unit signs), and checks the database before
 * the next round restarts the platform on it: every acknowledged write of this round and all earlier ones
 * is there (so a number once given is never given to another proposal after a restart), nothing is there
 * twice, each proposal has exactly one process instance and none is orphaned, and the numbering has no gaps.
 * At the end the platform is started once more on the data, shut down gracefully, and everything checked
 * again. Prints figures per round and database (docs/reliability.md). Needs the built jar; run from the root:
 * <pre>
 *   mvn -B -q install -DskipTests
 *   mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.cppcc.platform.bench.CrashRecoveryProgram -Dexec.args="both 3 32 5"
 * </pre>
 * (h2 | mariadb | both, rounds, clients, proposals per client; MariaDB schema cppcc_crash, dropped first).
 */
public final class CrashRecoveryProgram {

    private final String database;
    private final Path dataDir;
    private final Path log;
    private final Random random = new Random(20261201);
    private final Set<Long> drafts = new HashSet<>();
    private final Set<Long> submissions = new HashSet<>();
    private final Map<Long, Integer> numbers = new HashMap<>();
    private final Set<Long> signatures = new HashSet<>();
    private int failures;

    private CrashRecoveryProgram(String database, Path dataDir) {
        this.database = database;
        this.dataDir = dataDir;
        this.log = dataDir.resolve("platform.log");
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int perClient = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int failures = 0;
        for (String database : which.equals("both") ? List.of("h2", "mariadb") : List.of(which)) {
            CrashRecoveryProgram program =
                    new CrashRecoveryProgram(database, Files.createTempDirectory("cppcc-crash-" + database));
            failures += program.run(rounds, clients, perClient);
        }
        System.out.println(failures == 0 ? "ALL INVARIANTS HELD" : failures + " CHECK(S) FOUND A BROKEN INVARIANT");
    }

    private List<String> databaseArgs() {
        return database.equals("h2") ? PlatformProcess.h2(dataDir) : PlatformProcess.mariadb("cppcc_crash", dataDir);
    }

    private int run(int rounds, int clients, int perClient) throws Exception {
        if (database.equals("mariadb")) {
            PlatformProcess.freshSchema("cppcc_crash");
        }
        System.out.printf(
                "kill -9 under load on %s: %d rounds of %d members × %d proposals, 2 office users, 2 unit users, "
                        + "%d cores; data and log in %s%n",
                database, rounds, clients, perClient, Runtime.getRuntime().availableProcessors(), dataDir);
        List<String> noScan = List.of("--platform.supervision.scan-enabled=false");
        for (int round = 1; round <= rounds; round++) {
            long started = System.nanoTime();
            PlatformProcess platform = PlatformProcess.start(PlatformProcess.freePort(), databaseArgs(), noScan, log);
            double startSeconds = (System.nanoTime() - started) / 1e9;
            ProposalLoad load = new ProposalLoad(List.of(platform.base()), "崩溃" + database + round + "轮");
            List<Throwable> loadFailure = new ArrayList<>();
            Thread driver = new Thread(() -> {
                try {
                    load.run(clients, perClient);
                } catch (Exception | AssertionError e) {
                    loadFailure.add(e);
                }
            });
            driver.start();
            // Odd rounds die while the office registers and the unit signs (the members mostly done), even
            // rounds while the members draft and submit.
            boolean whileDrafting = round % 2 == 0;
            int killAt = (int) (clients
                    * perClient
                    * (whileDrafting ? 0.3 + 0.4 * random.nextDouble() : 0.2 + 0.4 * random.nextDouble()));
            while ((whileDrafting ? load.acknowledgedDrafts : load.acknowledgedNumbers.keySet()).size() < killAt
                    && driver.isAlive()) {
                Thread.sleep(20);
            }
            int status = platform.kill9();
            driver.join();
            drafts.addAll(load.acknowledgedDrafts);
            submissions.addAll(load.acknowledgedSubmissions);
            numbers.putAll(load.acknowledgedNumbers);
            signatures.addAll(load.acknowledgedSignatures);
            System.out.printf(
                    "%n%s round %d: started in %.1f s, killed (exit %d) while %s, after %d acknowledged drafts "
                            + "and %d registrations%n",
                    database,
                    round,
                    startSeconds,
                    status,
                    whileDrafting ? "drafting" : "registering and signing",
                    load.acknowledgedDrafts.size(),
                    load.acknowledgedNumbers.size());
            load.printFigures("acknowledged this round");
            if (!loadFailure.isEmpty()) {
                System.out.println("load failed: " + loadFailure.get(0));
            }
            check("after the kill (all rounds so far)", load.fiveHundreds() > 0 || !loadFailure.isEmpty());
        }
        PlatformProcess platform = PlatformProcess.start(PlatformProcess.freePort(), databaseArgs(), noScan, log);
        int status = platform.stop();
        System.out.printf("%n%s: restarted once more and stopped with SIGTERM (exit %d)%n", database, status);
        check("after the last restart", false);
        return failures;
    }

    /** Opens the database itself (for H2 that is the recovery a restart does) and checks every invariant. */
    private void check(String when, boolean loadFailed) {
        SingleConnectionDataSource data = database.equals("h2")
                ? new SingleConnectionDataSource(
                        "jdbc:h2:file:" + dataDir.resolve("cppcc") + ";MODE=MySQL;IFEXISTS=TRUE", "sa", "", true)
                : new SingleConnectionDataSource(PlatformProcess.mariadbUrl("cppcc_crash"), "root", "", true);
        try {
            ProposalInvariants invariants = new ProposalInvariants(new JdbcTemplate(data));
            ProposalInvariants.Lost lost = invariants.lost(drafts, submissions, numbers, signatures);
            ProposalInvariants.Broken broken = invariants.broken();
            System.out.printf(
                    "check %s: %d proposals, %d proposal process instances in the database%n",
                    when, invariants.proposals(), invariants.processInstances());
            ProposalInvariants.print(lost, broken);
            if (lost.total() + broken.total() > 0 || loadFailed) {
                failures++;
                System.out.println("=> BROKEN");
            } else {
                System.out.println("=> held");
            }
        } finally {
            data.destroy();
        }
    }
}
