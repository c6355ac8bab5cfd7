package org.cppcc.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.createDraft;
import static org.cppcc.platform.proposal.ProposalFixtures.individualForm;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.cppcc.platform.shared.storage.FileStorage;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The backup procedure of docs/deployment.md, followed on MariaDB: {@code mariadb-dump --single-transaction}
 * of the platform's schema while a proposal with an attachment is in handling, restored into a new schema
 * with the {@code mariadb} client; then every table holds the same rows, every attachment row still finds
 * its file in the platform's {@link FileStorage}, and the proposal's Flowable state (its execution, its
 * open task, variables, and the process definition they run on) is there, row for row. JDBC only: no
 * second application context.
 */
@EnabledIfSystemProperty(named = "test.database", matches = "mariadb")
class BackupRestoreTest extends IntegrationTest {

    @Autowired
    private FileStorage storage;

    @Autowired
    private DataSource dataSource;

    @Test
    void aDumpRestoredIntoANewSchemaHoldsEveryProposalItsFilesAndItsProcessState(@TempDir Path work) throws Exception {
        byte[] report = "%PDF-1.4 老旧小区加装电梯调研".getBytes(StandardCharsets.UTF_8);
        long proposal = proposalInHandlingWithAttachment(report);
        awaitEvents();

        String schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        String restored = schema + "_restore";
        Path dump = work.resolve("cppcc.sql");
        run(
                List.of(
                        tool("mariadb-dump", "mysqldump"),
                        "--single-transaction",
                        "--routines",
                        "--triggers",
                        "--hex-blob",
                        "--default-character-set=utf8mb4",
                        "--result-file=" + dump,
                        schema),
                null);
        assertThat(Files.size(dump)).isPositive();

        jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");
        jdbc.execute("CREATE DATABASE `" + restored + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            run(List.of(tool("mariadb", "mysql"), "--default-character-set=utf8mb4", restored), dump);
            JdbcTemplate copy = new JdbcTemplate(restoredDataSource(restored));

            for (String table : tables(jdbc, schema)) {
                assertThat(count(copy, table)).as(table).isEqualTo(count(jdbc, table));
            }
            String proposals = "SELECT id, state, title, session_id FROM proposal ORDER BY id";
            assertThat(copy.queryForList(proposals)).isEqualTo(jdbc.queryForList(proposals));

            String attachments = "SELECT id, proposal_id, storage_key, size_bytes FROM proposal_attachment ORDER BY id";
            List<Map<String, Object>> files = copy.queryForList(attachments);
            assertThat(files).isEqualTo(jdbc.queryForList(attachments)).isNotEmpty();
            for (Map<String, Object> file : files) {
                try (InputStream content = storage.open((String) file.get("storage_key"))) {
                    assertThat((long) content.readAllBytes().length)
                            .as("file of attachment %s", file.get("id"))
                            .isEqualTo(((Number) file.get("size_bytes")).longValue());
                }
            }
            String ours = copy.queryForObject(
                    "SELECT storage_key FROM proposal_attachment WHERE proposal_id = ?", String.class, proposal);
            try (InputStream content = storage.open(ours)) {
                assertThat(content.readAllBytes()).isEqualTo(report);
            }

            for (String state : processState()) {
                List<Map<String, Object>> before = jdbc.queryForList(state, "proposal-" + proposal);
                assertThat(copy.queryForList(state, "proposal-" + proposal))
                        .as(state)
                        .isEqualTo(before)
                        .isNotEmpty();
            }
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");
        }
    }

    /** Drafted with a PDF, submitted, registered and assigned: a unit's sign-off task is open. */
    private long proposalInHandlingWithAttachment(byte[] report) {
        ApiClient member = loginAs("wy041");
        ApiClient office = loginAs("tab01");
        long id = createDraft(member, individualForm(title("关于老旧小区加装电梯的建议")));
        member.upload("/api/proposals/" + id + "/attachments", "调研报告.pdf", "application/pdf", report)
                .expectStatus(201);
        member.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200);
        office.post("/api/proposals/" + id + "/assign", leadPlan(unitId(jdbc, "JD1")))
                .expectStatus(200);
        return id;
    }

    /** The rows of one proposal's process, by its business key, without ids that a restore would not keep. */
    private static List<String> processState() {
        String instance = "(SELECT PROC_INST_ID_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?)";
        return List.of(
                "SELECT ID_, PROC_DEF_ID_, ACT_ID_, IS_ACTIVE_, REV_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ IN "
                        + instance + " ORDER BY ID_",
                "SELECT ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, DUE_DATE_, REV_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN "
                        + instance + " ORDER BY ID_",
                "SELECT NAME_, TYPE_, TEXT_, LONG_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ IN " + instance
                        + " ORDER BY NAME_, ID_",
                "SELECT l.TYPE_, l.GROUP_ID_, l.USER_ID_ FROM ACT_RU_IDENTITYLINK l JOIN ACT_RU_TASK t"
                        + " ON t.ID_ = l.TASK_ID_ WHERE t.PROC_INST_ID_ IN " + instance
                        + " ORDER BY l.TYPE_, l.GROUP_ID_, l.USER_ID_",
                "SELECT d.KEY_, d.VERSION_, LENGTH(b.BYTES_) AS BPMN_BYTES FROM ACT_RE_PROCDEF d"
                        + " JOIN ACT_GE_BYTEARRAY b ON b.DEPLOYMENT_ID_ = d.DEPLOYMENT_ID_"
                        + " AND b.NAME_ = d.RESOURCE_NAME_"
                        + " WHERE d.ID_ IN (SELECT PROC_DEF_ID_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?)");
    }

    private static List<String> tables(JdbcTemplate jdbc, String schema) {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'"
                        + " ORDER BY table_name",
                String.class,
                schema);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class);
    }

    private DataSource restoredDataSource(String restored) throws Exception {
        try (var connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            String user = System.getProperty("DB_USER", "root");
            String password = System.getProperty("DB_PASSWORD", "");
            int slash = url.indexOf('/', "jdbc:mysql://".length());
            int query = url.indexOf('?', slash);
            String rest = query < 0 ? "" : url.substring(query);
            return new DriverManagerDataSource(url.substring(0, slash + 1) + restored + rest, user, password);
        }
    }

    /** Runs a client tool against the test's server, with the password in MYSQL_PWD rather than argv. */
    private void run(List<String> command, Path input) throws IOException, InterruptedException {
        URI server = URI.create(System.getProperty("DB_URL").substring("jdbc:".length()));
        List<String> full = new ArrayList<>(command.subList(0, 1));
        full.add("--host=" + server.getHost());
        full.add("--port=" + (server.getPort() < 0 ? 3306 : server.getPort()));
        full.add("--user=" + System.getProperty("DB_USER", "root"));
        full.addAll(command.subList(1, command.size()));
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("MYSQL_PWD", System.getProperty("DB_PASSWORD", ""));
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("%s finished", full.get(0))
                .isTrue();
        assertThat(process.exitValue()).as("%s: %s", full.get(0), output).isZero();
    }

    private static String tool(String name, String olderName) {
        for (String candidate : List.of(name, olderName)) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, candidate))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException(name + " (or " + olderName + ") is not installed");
    }
}
