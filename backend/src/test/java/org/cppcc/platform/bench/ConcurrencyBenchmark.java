package org.cppcc.platform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.cppcc.platform.CppccPlatformApplication;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outside test's concurrency load, kept as a program that prints figures (docs/reliability.md): the
 * platform on MariaDB over HTTP, N members drafting and submitting proposals (with suggested units and
 * co-signers), two office users registering and assigning the submitted ones (racing each other), and two
 * users of one unit signing the assignments (racing too). Then it counts what was acknowledged, what
 * answered 5xx, what was acknowledged but is missing (lost) and what exists twice (duplicated). Run with
 * <pre>
 *   mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.cppcc.platform.bench.ConcurrencyBenchmark -Dexec.args="32 5"
 * </pre>
 * (clients, proposals per client; MariaDB at 127.0.0.1:3306, schema cppcc_concurrency, dropped first).
 */
public final class ConcurrencyBenchmark {

    private static final String PASSWORD = "Demo@2026";
    private static final String PREFIX = "并发压测";

    private final String base;
    private final JdbcTemplate jdbc;
    private final Map<String, int[]> answers = new ConcurrentHashMap<>();
    private final Set<Long> acknowledgedDrafts = ConcurrentHashMap.newKeySet();
    private final Set<Long> acknowledgedRegistrations = ConcurrentHashMap.newKeySet();
    private final Set<Long> acknowledgedSignatures = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean membersDone = new AtomicBoolean();

    private ConcurrencyBenchmark(String base, JdbcTemplate jdbc) {
        this.base = base;
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (ConfigurableApplicationContext context = start()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            new ConcurrencyBenchmark("http://localhost:" + port, context.getBean(JdbcTemplate.class))
                    .run(clients, perClient);
        }
    }

    private void run(int clients, int perClient) throws Exception {
        long fgj = jdbc.queryForObject("SELECT id FROM handling_unit WHERE code = 'FGJ'", Long.class);
        long zjj = jdbc.queryForObject("SELECT id FROM handling_unit WHERE code = 'ZJJ'", Long.class);
        String secondUnitUser = "fgjbench";
        Map<String, Object> account = new HashMap<>();
        account.put("username", secondUnitUser);
        account.put("displayName", "发改局办理员乙");
        account.put("roles", List.of("HANDLING_UNIT"));
        account.put("unitId", fgj);
        account.put("password", PASSWORD);
        login("admin").post("/api/admin/accounts", account).expectStatus(201);

        ExecutorService threads = Executors.newFixedThreadPool(clients + 4);
        long started = System.nanoTime();
        List<Future<?>> members = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String username = String.format("wy%03d", i % 60 + 1);
            String cosigner = String.format("wy%03d", (i + 1) % 60 + 1);
            members.add(threads.submit(() -> member(username, cosigner, perClient, List.of(fgj, zjj))));
        }
        List<Future<?>> staff = new ArrayList<>();
        for (String office : List.of("tab01", "tab02")) {
            staff.add(threads.submit(() -> office(office, fgj)));
        }
        for (String unit : List.of("fgj", secondUnitUser)) {
            staff.add(threads.submit(() -> unit(unit)));
        }
        for (Future<?> f : members) {
            f.get(30, TimeUnit.MINUTES);
        }
        membersDone.set(true);
        for (Future<?> f : staff) {
            f.get(30, TimeUnit.MINUTES);
        }
        threads.shutdown();
        report(clients, perClient, (System.nanoTime() - started) / 1_000_000_000.0);
    }

    private ApiClient login(String username) {
        ApiClient client = new ApiClient(base);
        count("login", client.login(username, PASSWORD));
        return client;
    }

    private Response count(String kind, Response response) {
        int[] tally = answers.computeIfAbsent(kind, k -> new int[3]);
        synchronized (tally) {
            tally[response.status() >= 500 ? 2 : response.status() >= 400 ? 1 : 0]++;
        }
        return response;
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Void member(String username, String cosignerUsername, int proposals, List<Long> units) {
        ApiClient member = login(username);
        long cosigner = jdbc.queryForObject(
                "SELECT m.id FROM member m JOIN app_account a ON a.id = m.account_id WHERE a.username = ?",
                Long.class,
                cosignerUsername);
        for (int i = 0; i < proposals; i++) {
            boolean joint = i % 3 == 2;
            Map<String, Object> form = new HashMap<>();
            form.put("plenary", true);
            form.put("category", "SOCIETY");
            form.put("title", PREFIX + SEQUENCE.incrementAndGet() + "号关于并发办理的建议");
            form.put("situation", "并发压测的提案情况。");
            form.put("analysis", "并发压测的问题分析。");
            form.put("suggestions", "并发压测的具体建议。");
            form.put("proposerType", joint ? "JOINT" : "INDIVIDUAL");
            form.put("cosignerMemberIds", joint ? List.of(cosigner) : List.of());
            form.put("suggestedUnitIds", units);
            form.put("consentPublish", true);
            Response created = count("create draft", member.post("/api/proposals", form));
            if (created.status() != 201) {
                continue;
            }
            long id = created.json().get("id").asLong();
            acknowledgedDrafts.add(id);
            Response submitted = count("submit", member.post("/api/proposals/" + id + "/submit", null));
            if (joint && submitted.status() == 200) {
                count("submit for review", member.post("/api/proposals/" + id + "/submit-for-review", null));
            }
        }
        return null;
    }

    /** Registers and assigns every submitted proposal of the run; the two office users race on each. */
    private Void office(String username, long unitId) {
        ApiClient office = login(username);
        while (true) {
            List<Long> waiting = jdbc.queryForList(
                    "SELECT id FROM proposal WHERE state = 'UNDER_REVIEW' AND title LIKE ? ORDER BY id LIMIT 20",
                    Long.class,
                    PREFIX + "%");
            if (waiting.isEmpty() && membersDone.get()) {
                return null;
            }
            for (long id : waiting) {
                Response registered = count(
                        "register", office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER")));
                if (registered.status() == 200) {
                    acknowledgedRegistrations.add(id);
                    Map<String, Object> plan = new HashMap<>();
                    plan.put("mode", "LEAD_AND_ASSISTING");
                    plan.put("leadUnitId", unitId);
                    plan.put("assistingUnitIds", List.of());
                    count("assign", office.post("/api/proposals/" + id + "/assign", plan));
                }
            }
            pause(waiting.isEmpty());
        }
    }

    /** Signs every assignment of the run waiting for the unit; the unit's two users race on each. */
    private Void unit(String username) {
        ApiClient unit = login(username);
        while (true) {
            List<Long> waiting = jdbc.queryForList(
                    "SELECT a.id FROM proposal_assignment a JOIN proposal p ON p.id = a.proposal_id "
                            + "WHERE a.status = 'AWAITING_SIGN_OFF' AND p.title LIKE ? ORDER BY a.id LIMIT 20",
                    Long.class,
                    PREFIX + "%");
            boolean officeBusy = jdbc.queryForObject(
                            "SELECT COUNT(*) FROM proposal WHERE state IN ('UNDER_REVIEW', 'ASSIGNMENT') "
                                    + "AND title LIKE ?",
                            Long.class,
                            PREFIX + "%")
                    > 0;
            if (waiting.isEmpty() && membersDone.get() && !officeBusy) {
                return null;
            }
            for (long assignment : waiting) {
                Response signed = count("sign", unit.post("/api/proposals/assignments/" + assignment + "/sign", null));
                if (signed.status() == 204) {
                    acknowledgedSignatures.add(assignment);
                }
            }
            pause(waiting.isEmpty());
        }
    }

    private static void pause(boolean idle) {
        try {
            Thread.sleep(idle ? 200 : 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void report(int clients, int perClient, double seconds) {
        System.out.printf(
                "Concurrency on MariaDB: %d members × %d proposals, 2 office users, 2 users of one unit, %d cores, "
                        + "%.1f s%n",
                clients, perClient, Runtime.getRuntime().availableProcessors(), seconds);
        System.out.printf("%-18s %8s %8s %8s%n", "request", "2xx", "4xx", "5xx");
        int fivexx = 0;
        for (Map.Entry<String, int[]> e : answers.entrySet()) {
            System.out.printf("%-18s %8d %8d %8d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            fivexx += e.getValue()[2];
        }
        long lostDrafts = acknowledgedDrafts.stream()
                .filter(id -> jdbc.queryForObject("SELECT COUNT(*) FROM proposal WHERE id = ?", Long.class, id) == 0)
                .count();
        long lostRegistrations = acknowledgedRegistrations.stream()
                .filter(id -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM proposal WHERE id = ? AND proposal_number IS NOT NULL",
                                Long.class,
                                id)
                        == 0)
                .count();
        long lostSignatures = acknowledgedSignatures.stream()
                .filter(a -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM proposal_assignment WHERE id = ? "
                                        + "AND status <> 'AWAITING_SIGN_OFF'",
                                Long.class,
                                a)
                        == 0)
                .count();
        long duplicateNumbers = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT session_id, proposal_number FROM proposal "
                        + "WHERE proposal_number IS NOT NULL "
                        + "GROUP BY session_id, proposal_number HAVING COUNT(*) > 1) d",
                Long.class);
        long doubleSignatures = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT assignment_id FROM proposal_history WHERE action = 'SIGN_FOR' "
                        + "GROUP BY assignment_id HAVING COUNT(*) > 1) d",
                Long.class);
        long doubleRegistrations = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT proposal_id FROM proposal_history WHERE action = 'REGISTER' "
                        + "GROUP BY proposal_id HAVING COUNT(*) > 1) d",
                Long.class);
        long numberGaps = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT session_id FROM proposal WHERE proposal_number IS NOT NULL "
                        + "GROUP BY session_id HAVING MAX(proposal_number) <> COUNT(*)) g",
                Long.class);
        System.out.printf(
                "acknowledged: %d drafts, %d registrations, %d signatures; 5xx: %d%n",
                acknowledgedDrafts.size(), acknowledgedRegistrations.size(), acknowledgedSignatures.size(), fivexx);
        System.out.printf(
                "lost: %d drafts, %d registrations, %d signatures%n", lostDrafts, lostRegistrations, lostSignatures);
        System.out.printf(
                "duplicated: %d registration numbers, %d registrations, %d signatures; "
                        + "sessions with numbering gaps: %d%n",
                duplicateNumbers, doubleRegistrations, doubleSignatures, numberGaps);
    }

    private static ConfigurableApplicationContext start() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?user=root");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS cppcc_concurrency");
            s.execute("CREATE DATABASE cppcc_concurrency CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return SpringApplication.run(
                CppccPlatformApplication.class,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                "--spring.profiles.active=mysql",
                "--platform.demo-data=true",
                "--platform.supervision.scan-enabled=false",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/cppcc_concurrency?nullCatalogMeansCurrent=true",
                "--spring.datasource.username=root",
                "--spring.datasource.password=");
    }
}
