package org.cppcc.platform.golive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.CppccPlatformApplication;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.RosterXlsx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The README's "Going live" section, step by step, on an empty MariaDB schema of its own with the `mysql` profile
 * and no demo data: the platform refuses a weak first password, starts with a strong one, the administrator sets up
 * a sector, a unit and the proposal office, the office opens a session, the administrator puts a member on the
 * roster with a login, the member submits and the office registers proposal No. 1; the next session starts again
 * from No. 1. Runs only in the MariaDB execution (it starts its own application next to the shared test context).
 */
@EnabledIfSystemProperty(named = "test.database", matches = "mariadb")
class GoingLiveTest {

    private static final String ADMIN_PASSWORD = "GoLive2026x";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static String schemaUrl;
    private static ConfigurableApplicationContext platform;
    private static String baseUrl;

    @BeforeAll
    static void emptySchema() throws Exception {
        String testUrl = System.getProperty("DB_URL");
        String schema = "cppcc_golive_"
                + Integer.toHexString(System.getProperty("user.dir").hashCode());
        schemaUrl = testUrl.replace("/cppcc_test?", "/" + schema + "?");
        String serverUrl = testUrl.substring(0, testUrl.indexOf("/cppcc_test?")) + "/?" + testUrl.split("\\?", 2)[1];
        try (Connection connection = DriverManager.getConnection(
                        serverUrl, System.getProperty("DB_USER"), System.getProperty("DB_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    /** Command-line arguments outrank the MariaDB test execution's system properties (its profiles, its schema). */
    private static ConfigurableApplicationContext start(String adminPassword) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + schemaUrl,
                "--server.port=0",
                "--platform.data-dir=target/golive-data",
                "--platform.security.bcrypt-strength=4",
                "--platform.supervision.scan-enabled=false",
                "--platform.consultation.reminders-enabled=false",
                "--flowable.async-executor-activate=false"));
        args.add("--platform.bootstrap-admin-password=" + adminPassword);
        return new SpringApplicationBuilder(CppccPlatformApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void fromAnEmptyDatabaseToTheFirstRegisteredProposal() {
        // 1. Without a strong first administrator's password the platform does not start.
        assertThatThrownBy(() -> start("admin123")).hasStackTraceContaining("PLATFORM_ADMIN_PASSWORD is too weak");
        platform = start(ADMIN_PASSWORD);
        baseUrl = "http://localhost:"
                + ((WebServerApplicationContext) platform).getWebServer().getPort();

        // 2. The administrator signs in; the checklist shows what is missing.
        ApiClient admin = signIn("admin", ADMIN_PASSWORD);
        assertThat(checklist(admin)).containsEntry("session", false).containsEntry("roster", false);

        // 3. The sectors (the import's dictionary), then the roster imported from an .xlsx filled in as the
        // template asks: a handling unit with its contact's and its leader's logins, the proposal office's account
        // and the members with theirs. A dry run first, then the import; the initial passwords come back once.
        admin.post("/api/admin/sectors", Map.of("code", "S01", "name", "中国共产党", "sortOrder", 1, "enabled", true))
                .expectStatus(201);
        byte[] roster = new RosterXlsx()
                .units()
                .row("承办单位", "FGJ", "区发展和改革局", "政府部门", "李联络", "0731-85600001", "fgj", "赵局长", "fgjld")
                .accounts()
                .row("账户", "tab01", "提案委 王主任", "提案委")
                .members()
                .row("委员", "张委员", "男", "中国共产党", "区政协委员", null, null, null, "13900000001", null, null, "wy001")
                .row("委员", "李委员", "女", "S01", "市政协委员", null, null, null, "13900000002", null, null, "wy002")
                .bytes();
        JsonNode dryRun = admin.upload("/api/admin/imports/dry-run", "名册.xlsx", XLSX, roster)
                .expectStatus(200)
                .json();
        assertThat(dryRun.get("problems")).isEmpty();
        assertThat(dryRun.get("logins").asInt()).isEqualTo(5);
        JsonNode imported = admin.upload("/api/admin/imports", "名册.xlsx", XLSX, roster)
                .expectStatus(201)
                .json();
        Map<String, String> passwords = new HashMap<>();
        imported.get("logins")
                .forEach(l -> passwords.put(
                        l.get("username").asString(), l.get("password").asString()));
        assertThat(passwords).containsOnlyKeys("fgj", "fgjld", "tab01", "wy001", "wy002");

        // 4. The office creates the session and opens it for proposals.
        ApiClient office = signIn("tab01", passwords.get("tab01"));
        long first = createAndOpen(office, 1);

        // 5. Everything the checklist asks is done, the unit's leader included.
        assertThat(checklist(admin))
                .containsEntry("session", true)
                .containsEntry("roster", true)
                .containsEntry("office", true)
                .containsEntry("sectors", true)
                .containsEntry("units", true)
                .containsEntry("unitLeaders", true);

        // 6. The member signs in and submits; 7. the office registers: proposal No. 1 of the session.
        ApiClient proposer = signIn("wy001", passwords.get("wy001"));
        assertThat(submitAndRegister(proposer, office, "关于加快老旧小区加装电梯的建议")).isEqualTo(1);
        assertThat(submitAndRegister(proposer, office, "关于完善社区养老服务设施的建议")).isEqualTo(2);

        // Closing the session stops new drafts; the next session numbers from 1 again.
        office.post("/api/committee/sessions/" + first + "/close", null).expectStatus(200);
        assertThat(proposer.post("/api/proposals", draft("会后的提案")).status()).isEqualTo(409);
        createAndOpen(office, 2);
        assertThat(submitAndRegister(proposer, office, "关于优化公交线路的建议")).isEqualTo(1);
    }

    private ApiClient signIn(String username, String password) {
        ApiClient client = new ApiClient(baseUrl);
        client.login(username, password).expectStatus(200);
        return client;
    }

    private static Map<String, Boolean> checklist(ApiClient admin) {
        Map<String, Boolean> done = new HashMap<>();
        admin.get("/api/admin/go-live")
                .expectStatus(200)
                .json()
                .get("items")
                .forEach(item ->
                        done.put(item.get("key").asString(), item.get("done").asBoolean()));
        return done;
    }

    private static long createAndOpen(ApiClient office, int meeting) {
        long id = office.post("/api/committee/sessions", Map.of("term", 1, "meeting", meeting))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        JsonNode opened = office.post("/api/committee/sessions/" + id + "/open", null)
                .expectStatus(200)
                .json();
        assertThat(opened.get("status").asString()).isEqualTo("ACCEPTING");
        return id;
    }

    private static int submitAndRegister(ApiClient proposer, ApiClient office, String title) {
        long id = proposer.post("/api/proposals", draft(title))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        proposer.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        return office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200)
                .json()
                .get("proposalNumber")
                .asInt();
    }

    private static Map<String, Object> draft(String title) {
        Map<String, Object> form = new HashMap<>();
        form.put("plenary", true);
        form.put("category", "SOCIETY");
        form.put("title", title);
        form.put("situation", "居民反映强烈，现状亟待改善。");
        form.put("analysis", "资金、协调和审批是主要难点。");
        form.put("suggestions", "一、明确补贴标准；二、简化审批流程。");
        form.put("proposerType", "INDIVIDUAL");
        form.put("cosignerMemberIds", List.of());
        form.put("suggestedUnitIds", List.of());
        form.put("consentPublish", true);
        return form;
    }
}
