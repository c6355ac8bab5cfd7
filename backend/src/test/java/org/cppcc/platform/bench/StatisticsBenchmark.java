package org.cppcc.platform.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.cppcc.platform.CppccPlatformApplication;
import org.cppcc.platform.support.ApiClient;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how long the statistics board answers over N generated proposals on MariaDB (p50/p99 of the HTTP round
 * trip on localhost, after warm-up). Not a test: run it with
 * <pre>
 *   mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.cppcc.platform.bench.StatisticsBenchmark -Dexec.args="200000"
 * </pre>
 * against MariaDB at 127.0.0.1:3306, schema cppcc_statbench (dropped first). The proposals are written straight
 * into the tables (not through the commands: that would take hours), with the shapes the board counts: refused,
 * merged and converted ones, lead and assisting units, contacts, replies of every class, second rounds and
 * evaluations. Results are kept in docs/benchmarks.md.
 */
public final class StatisticsBenchmark {

    /** {@code -Dbench.schema=...} to keep one checkout's data apart from another's on a shared server. */
    private static final String SCHEMA = System.getProperty("bench.schema", "cppcc_statbench");

    /** The migration that creates and backfills the kept figures; the generator writes around the commands. */
    private static final String FIGURES_MIGRATION = "/db/migration/V81__proposal_figures_read_model.sql";

    private static final int WARM_UP = 2;
    private static final int RUNS = 10;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        // "reuse" as second argument keeps a schema generated before (generation takes minutes on a loaded machine).
        boolean reuse = args.length > 1 && args[1].equals("reuse");
        if (!reuse) {
            try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?user=root");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
                s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
        try (ConfigurableApplicationContext context = startOnMariaDb(SCHEMA)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            if (!reuse) {
                new Generator(jdbc).generate(count);
            }
            System.out.printf(
                    "generated %d proposals (%d assignments, %d replies, %d evaluations) in %.0f s%n",
                    count,
                    jdbc.queryForObject("SELECT COUNT(*) FROM proposal_assignment", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM proposal_reply", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM proposal_evaluation", Long.class),
                    (System.nanoTime() - started) / 1e9);
            long backfill = System.nanoTime();
            keepFigures(jdbc);
            System.out.printf(
                    "kept figures backfilled as the migration does (%d proposal rows, %d unit rows) in %.1f s%n",
                    jdbc.queryForObject("SELECT COUNT(*) FROM proposal_figures", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM proposal_unit_figures", Long.class),
                    (System.nanoTime() - backfill) / 1e9);
            jdbc.execute("ANALYZE TABLE proposal, proposal_assignment, proposal_reply, proposal_evaluation, "
                    + "proposal_contact, proposal_figures, proposal_unit_figures");
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            ApiClient office = new ApiClient(base);
            office.login("tab01", "Demo@2026").expectStatus(200);
            ApiClient unit = new ApiClient(base);
            unit.login("fgj", "Demo@2026").expectStatus(200);
            long session = jdbc.queryForObject("SELECT id FROM committee_session WHERE is_current", Long.class);
            System.out.printf(
                    "Statistics board over %d proposals, MariaDB, %d runs after %d warm-up (ms)%n",
                    count, RUNS, WARM_UP);
            System.out.printf("%-44s %8s %8s %8s%n", "request", "p50", "p99", "max");
            time("board, office, everything", office, "/api/statistics/proposals");
            time("board, office, one session", office, "/api/statistics/proposals?sessionId=" + session);
            time("board, office, one year", office, "/api/statistics/proposals?from=2025-01-01&to=2025-12-31");
            time("board, a unit's own (区发改局)", unit, "/api/statistics/proposals");
            time("list behind 已答复, page 1", office, "/api/statistics/proposals/list?figure=REPLIED");
            time("public board", new ApiClient(base), "/api/public/statistics/proposals");
        }
    }

    /**
     * The generated rows bypass the commands, so their kept figures are written as the migration writes them for an
     * existing database: its two INSERT ... SELECT statements, run after emptying the tables.
     */
    private static void keepFigures(JdbcTemplate jdbc) throws Exception {
        jdbc.execute("DELETE FROM proposal_unit_figures");
        jdbc.execute("DELETE FROM proposal_figures");
        String migration;
        try (InputStream in = StatisticsBenchmark.class.getResourceAsStream(FIGURES_MIGRATION)) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        }
        for (String statement : migration.split(";")) {
            if (statement.strip().startsWith("INSERT")) {
                jdbc.execute(statement);
            }
        }
    }

    /** The platform with the demo committee on a MariaDB schema at 127.0.0.1, on a random port, quiet. */
    static ConfigurableApplicationContext startOnMariaDb(String schema) {
        return SpringApplication.run(
                CppccPlatformApplication.class,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                "--spring.profiles.active=mysql",
                "--platform.demo-data=true",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/" + schema
                        + "?nullCatalogMeansCurrent=true&rewriteBatchedStatements=true",
                "--spring.datasource.username=root",
                "--spring.datasource.password=");
    }

    private static void time(String what, ApiClient client, String path) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t = System.nanoTime();
            ApiClient.Response response = client.get(path);
            if (response.status() != 200) {
                // A statement over the 30 s timeout answers 500: print it as the figure it is, and go on.
                System.out.printf(
                        "%-44s failed: HTTP %d after %.0f ms%n",
                        what, response.status(), (System.nanoTime() - t) / 1e6);
                return;
            }
            if (i >= WARM_UP) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf(
                "%-44s %8.1f %8.1f %8.1f%n",
                what, ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1));
    }

    /** Writes proposals and their handling rows in batches, with ids chosen here so the rows can refer to them. */
    static final class Generator {

        private static final int BATCH = 2_000;
        private final JdbcTemplate jdbc;
        private final Random random = new Random(11);
        private final List<Object[]> proposals = new ArrayList<>();
        private final List<Object[]> assignments = new ArrayList<>();
        private final List<Object[]> contacts = new ArrayList<>();
        private final List<Object[]> replies = new ArrayList<>();
        private final List<Object[]> evaluations = new ArrayList<>();

        Generator(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void generate(int count) {
            long session = jdbc.queryForObject("SELECT id FROM committee_session WHERE is_current", Long.class);
            List<long[]> members =
                    jdbc.query("SELECT id, account_id, sector_id FROM member WHERE account_id IS NOT NULL", (rs, i) ->
                            new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            List<Long> units = jdbc.queryForList("SELECT id FROM handling_unit WHERE enabled = TRUE", Long.class);
            List<String> categories = jdbc.queryForList(
                    "SELECT code FROM dictionary_item WHERE dict_type = 'PROPOSAL_CATEGORY'", String.class);
            long office = jdbc.queryForObject("SELECT id FROM app_account WHERE username = 'tab01'", Long.class);
            long proposalId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000 FROM proposal", Long.class);
            long assignmentId =
                    jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000 FROM proposal_assignment", Long.class);
            int number = jdbc.queryForObject(
                    "SELECT COALESCE(MAX(proposal_number), 0) + 1000 FROM proposal WHERE session_id = ?",
                    Integer.class,
                    session);
            LocalDateTime start = LocalDateTime.of(2023, 1, 1, 9, 0);
            for (int i = 0; i < count; i++, proposalId++) {
                long[] member = members.get(random.nextInt(members.size()));
                LocalDateTime submitted = start.plusMinutes(random.nextInt(3 * 365 * 24 * 60));
                int kind = random.nextInt(100);
                String state;
                boolean registered = kind >= 8;
                int round = 1;
                if (kind < 5) {
                    state = "REFUSED";
                } else if (kind < 7) {
                    state = "MERGED";
                } else if (kind < 8) {
                    state = "CONVERTED";
                } else if (kind < 13) {
                    state = "AWAITING_SIGN_OFF";
                } else if (kind < 28) {
                    state = "HANDLING";
                } else if (kind < 45) {
                    state = "AWAITING_EVALUATION";
                } else if (kind < 50) {
                    state = "CLOSED";
                    round = 2;
                } else {
                    state = kind < 90 ? "CLOSED" : "PUBLISHED";
                }
                proposals.add(new Object[] {
                    proposalId,
                    session,
                    registered ? number++ : null,
                    categories.get(i % categories.size()),
                    "生成提案" + i,
                    member[1],
                    member[0],
                    member[2],
                    state,
                    Timestamp.valueOf(submitted),
                    registered ? Timestamp.valueOf(submitted.plusDays(3)) : null,
                    round
                });
                if (!registered) {
                    flushIfFull();
                    continue;
                }
                boolean signed = !state.equals("AWAITING_SIGN_OFF");
                boolean replied = !state.equals("AWAITING_SIGN_OFF") && !state.equals("HANDLING");
                LocalDate assigned = submitted.plusDays(5).toLocalDate();
                int lead = random.nextInt(units.size());
                int assisting = random.nextInt(3);
                for (int r = 1; r <= round; r++) {
                    for (int u = 0; u <= assisting; u++, assignmentId++) {
                        boolean isLead = u == 0;
                        LocalDateTime signedAt = signed ? submitted.plusDays(5 + random.nextInt(9)) : null;
                        assignments.add(new Object[] {
                            assignmentId,
                            proposalId,
                            units.get((lead + u) % units.size()),
                            isLead ? "LEAD" : "ASSISTING",
                            signed ? "SIGNED" : "AWAITING_SIGN_OFF",
                            r,
                            Date.valueOf(assigned.plusDays(7)),
                            signedAt == null ? null : Timestamp.valueOf(signedAt),
                            Date.valueOf(assigned.plusDays(21)),
                            Date.valueOf(assigned.plusMonths(3))
                        });
                        if (!isLead || !signed) {
                            continue;
                        }
                        if (random.nextInt(10) < 8) {
                            contacts.add(new Object[] {
                                proposalId,
                                assignmentId,
                                Date.valueOf(assigned.plusDays(3 + random.nextInt(30))),
                                office
                            });
                        }
                        if (replied) {
                            replies.add(new Object[] {
                                proposalId,
                                assignmentId,
                                r,
                                "ABC".substring(random.nextInt(3)).substring(0, 1),
                                Timestamp.valueOf(submitted.plusDays(60 + random.nextInt(60)))
                            });
                        }
                    }
                    if (replied && !state.equals("AWAITING_EVALUATION")) {
                        String verdict =
                                r < round ? "UNSATISFIED" : random.nextInt(10) < 9 ? "SATISFIED" : "UNSATISFIED";
                        evaluations.add(new Object[] {proposalId, r, member[0], verdict, verdict, office});
                    }
                }
                flushIfFull();
            }
            flush();
        }

        private void flushIfFull() {
            if (proposals.size() >= BATCH) {
                flush();
            }
        }

        private void flush() {
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            jdbc.batchUpdate(
                    "INSERT INTO proposal (id, session_id, proposal_number, plenary, category, title, situation,"
                            + " analysis, suggestions, proposer_type, owner_account_id, lead_member_id, sector_id,"
                            + " consent_publish, state, submitted_at, registered_at, handling_round, created_at,"
                            + " updated_at) VALUES (?, ?, ?, TRUE, ?, ?, '情况', '分析', '建议', 'INDIVIDUAL', ?, ?, ?,"
                            + " TRUE, ?, ?, ?, ?, ?, ?)",
                    proposals.stream().map(p -> with(p, now, now)).toList());
            jdbc.batchUpdate(
                    "INSERT INTO proposal_assignment (id, proposal_id, unit_id, unit_role, status, handling_round,"
                            + " sign_due_date, signed_at, contact_due_date, reply_due_date, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    assignments.stream().map(a -> with(a, now, now)).toList());
            jdbc.batchUpdate(
                    "INSERT INTO proposal_contact (proposal_id, assignment_id, contact_date, contact_way, content,"
                            + " recorded_by, created_at) VALUES (?, ?, ?, 'PHONE', '电话沟通', ?, ?)",
                    contacts.stream().map(c -> with(c, now)).toList());
            jdbc.batchUpdate(
                    "INSERT INTO proposal_reply (proposal_id, assignment_id, handling_round, reference_number, title,"
                            + " reply_class, body, signing_leader, officer, officer_phone, status, version, sent_at,"
                            + " created_at, updated_at) VALUES (?, ?, ?, 'REF', '答复', ?, '正文', '领导', '经办',"
                            + " '0731-1', 'SENT', 1, ?, ?, ?)",
                    replies.stream().map(r -> with(r, now, now)).toList());
            jdbc.batchUpdate(
                    "INSERT INTO proposal_evaluation (proposal_id, handling_round, member_id, contacted, attitude,"
                            + " result, entered_by, on_paper, created_at) VALUES (?, ?, ?, TRUE, ?, ?, ?, FALSE, ?)",
                    evaluations.stream().map(e -> with(e, now)).toList());
            proposals.clear();
            assignments.clear();
            contacts.clear();
            replies.clear();
            evaluations.clear();
        }

        private static Object[] with(Object[] row, Object... more) {
            Object[] all = new Object[row.length + more.length];
            System.arraycopy(row, 0, all, 0, row.length);
            System.arraycopy(more, 0, all, row.length, more.length);
            return all;
        }
    }
}
