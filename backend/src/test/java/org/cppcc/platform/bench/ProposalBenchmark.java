package org.cppcc.platform.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

import org.cppcc.platform.CppccPlatformApplication;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.proposal.AssignmentPlan;
import org.cppcc.platform.proposal.ProposalActions;
import org.cppcc.platform.proposal.ProposalForm;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.proposal.ReviewDecision;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how long the proposal commands of part 1 take, each a platform state change plus its Flowable
 * step in one transaction, on the embedded H2 file database or on MariaDB. Not a test: run it with
 * <pre>
 *   mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.cppcc.platform.bench.ProposalBenchmark -Dexec.args="h2 300"
 * </pre>
 * ({@code mariadb 300} for MariaDB at 127.0.0.1:3306, schema cppcc_bench, dropped first). Results are
 * kept in docs/benchmarks.md.
 */
public final class ProposalBenchmark {

    private static final int THREADS = 8;

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int proposals = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (ConfigurableApplicationContext context = start(database)) {
            ProposalActions actions = context.getBean(ProposalActions.class);
            AccountService accounts = context.getBean(AccountService.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            new ProposalBenchmark(actions, accounts, jdbc).run(database, proposals);
        }
    }

    private final ProposalActions actions;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final Map<String, List<Long>> timings = new LinkedHashMap<>();

    private ProposalBenchmark(ProposalActions actions, AccountService accounts, JdbcTemplate jdbc) {
        this.actions = actions;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    private void run(String database, int count) throws Exception {
        PlatformUser office = accounts.user("tab01").orElseThrow();
        PlatformUser fgj = accounts.user("fgj").orElseThrow();
        PlatformUser jyj = accounts.user("jyj").orElseThrow();
        long fgjUnit = fgj.unitId();
        long jyjUnit = jyj.unitId();
        List<Long> ids = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            PlatformUser member =
                    accounts.user(String.format("wy%03d", i % 60 + 1)).orElseThrow();
            ProposalForm form = form(i);
            long id = time("create draft", () -> actions.createDraft(member, form));
            time("submit", () -> {
                actions.submit(member, id);
                return 0;
            });
            time("register", () -> {
                actions.review(office, id, register());
                return 0;
            });
            time("assign (lead + assisting)", () -> {
                actions.assign(office, id, plan(fgjUnit, jyjUnit));
                return 0;
            });
            time("sign for (lead)", () -> {
                actions.signFor(fgj, actions.currentAssignment(id, fgjUnit));
                return 0;
            });
            time("sign for (assisting)", () -> {
                actions.signFor(jyj, actions.currentAssignment(id, jyjUnit));
                return 0;
            });
            ids.add(id);
        }
        double sequentialSeconds = (System.nanoTime() - started) / 1e9;

        // Registration under load: eight office sessions at once, each taking the next number.
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PlatformUser member =
                    accounts.user(String.format("wy%03d", i % 60 + 1)).orElseThrow();
            long id = actions.createDraft(member, form(i));
            actions.submit(member, id);
            queued.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long concurrentStart = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (long id : queued) {
            futures.add(pool.submit(() -> time("register, 8 at once", () -> {
                actions.review(office, id, register());
                return 0;
            })));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double concurrentSeconds = (System.nanoTime() - concurrentStart) / 1e9;
        pool.shutdown();

        long openTasks = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class);
        System.out.printf(
                "%nProposal commands on %s, %d proposals, %d cores (%s)%n",
                database, count, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%-28s %7s %9s %9s %9s %9s%n", "step", "n", "mean ms", "p50 ms", "p95 ms", "max ms");
        timings.forEach((step, samples) -> {
            List<Long> sorted = new ArrayList<>(samples);
            Collections.sort(sorted);
            double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
            System.out.printf(
                    "%-28s %7d %9.1f %9.1f %9.1f %9.1f%n",
                    step,
                    sorted.size(),
                    mean,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    sorted.get(sorted.size() - 1) / 1e6);
        });
        System.out.printf(
                "whole part 1 of one proposal, one at a time: %.1f proposals/s (%.1f s)%n",
                count / sequentialSeconds, sequentialSeconds);
        System.out.printf(
                "registrations with %d threads: %.1f/s; open Flowable tasks at the end: %d%n",
                THREADS, count / concurrentSeconds, openTasks);
    }

    private long time(String step, LongSupplier command) {
        long start = System.nanoTime();
        long result = command.getAsLong();
        long elapsed = System.nanoTime() - start;
        synchronized (timings) {
            timings.computeIfAbsent(step, s -> new ArrayList<>()).add(elapsed);
        }
        return result;
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1e6;
    }

    private static ProposalForm form(int i) {
        return new ProposalForm(
                true,
                "SOCIETY",
                "基准测试提案" + i,
                "情况与问题",
                "分析",
                "建议",
                ProposerType.INDIVIDUAL,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                true,
                null);
    }

    private static ReviewDecision register() {
        return new ReviewDecision(ReviewDecision.Outcome.REGISTER, null, null, null, null);
    }

    private static AssignmentPlan plan(long lead, long assisting) {
        return new AssignmentPlan(AssignmentPlan.Mode.LEAD_AND_ASSISTING, lead, List.of(assisting), null, null);
    }

    private static ConfigurableApplicationContext start(String database) throws Exception {
        List<String> args = new ArrayList<>(
                List.of("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        if (database.equals("mariadb")) {
            try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?user=root");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS cppcc_bench");
                s.execute("CREATE DATABASE cppcc_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            args.addAll(List.of(
                    "--spring.profiles.active=mysql",
                    "--platform.demo-data=true",
                    "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/cppcc_bench?nullCatalogMeansCurrent=true",
                    "--spring.datasource.username=root",
                    "--spring.datasource.password="));
        } else {
            Path dir = Files.createTempDirectory("cppcc-bench");
            args.add("--platform.data-dir=" + dir);
        }
        return SpringApplication.run(CppccPlatformApplication.class, args.toArray(String[]::new));
    }
}
