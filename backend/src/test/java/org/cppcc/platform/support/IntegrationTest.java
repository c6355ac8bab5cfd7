package org.cppcc.platform.support;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real port, on whichever database the
 * Maven execution chose (H2 or MariaDB), with the demo committee loaded. Every test class shares
 * this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({CleanDatabaseOnStart.class, RecordedEvents.class})
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "Demo@2026";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected RecordedEvents events;

    /**
     * Each checkout gets its own MariaDB schema, so that two working copies (or CI and a developer) testing
     * against one server do not empty each other's database.
     */
    @DynamicPropertySource
    static void schemaPerCheckout(DynamicPropertyRegistry registry) {
        String url = System.getProperty("DB_URL");
        if (url != null && "mariadb".equals(System.getProperty("test.database"))) {
            String checkout = Integer.toHexString(System.getProperty("user.dir").hashCode());
            registry.add("spring.datasource.url", () -> url.replace("/cppcc_test?", "/cppcc_test_" + checkout + "?"));
        }
    }

    /** Notification e-mails go to the test JVM's embedded SMTP server. */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
    }

    /**
     * SMS is on in the tests, through the real provider SDK, against the local stand-in of the provider's API. Only
     * the categories with a template here are texted.
     */
    @DynamicPropertySource
    static void smsProvider(DynamicPropertyRegistry registry) {
        registry.add("platform.notification.sms.enabled", () -> "true");
        registry.add("platform.notification.sms.endpoint", TestSmsServer::endpoint);
        registry.add("platform.notification.sms.https", () -> "false");
        registry.add("platform.notification.sms.secret-id", () -> "test-secret-id");
        registry.add("platform.notification.sms.secret-key", () -> "test-secret-key");
        registry.add("platform.notification.sms.sdk-app-id", () -> "1400000000");
        registry.add("platform.notification.sms.sign-name", () -> "政协提案平台");
        registry.add("platform.notification.sms.templates.MATTER.id", () -> "100001");
        registry.add("platform.notification.sms.templates.MATTER.params[0]", () -> "code");
        registry.add("platform.notification.sms.templates.MATTER.params[1]", () -> "step");
        registry.add("platform.notification.sms.templates.PROPOSAL.id", () -> "100002");
        registry.add("platform.notification.sms.templates.PROPOSAL.params[0]", () -> "title");
    }

    /**
     * Unlocks the accounts an earlier test locked out. Only those rows, by primary key, and only after the
     * listeners of earlier events are done: an UPDATE of the whole table locks every account row, and on
     * MariaDB deadlocked with listeners inserting notifications (their foreign keys share-lock the account).
     */
    @BeforeEach
    void resetLockouts() {
        awaitEvents();
        List<Long> locked = jdbc.queryForList(
                "SELECT id FROM app_account WHERE failed_logins <> 0 OR locked_until IS NOT NULL", Long.class);
        for (Long id : locked) {
            jdbc.update("UPDATE app_account SET failed_logins = 0, locked_until = NULL WHERE id = ?", id);
        }
    }

    protected ApiClient anonymous() {
        return new ApiClient("http://localhost:" + port);
    }

    protected ApiClient loginAs(String username) {
        ApiClient client = anonymous();
        client.login(username, DEMO_PASSWORD).expectStatus(200);
        return client;
    }

    /**
     * Waits until every listener of every event published so far has done its work (they run after the
     * publishing transaction commits, on other threads); publications that failed do not count.
     */
    protected void awaitEvents() {
        long deadline = System.currentTimeMillis() + 30_000;
        String open = "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL "
                + "AND (STATUS IS NULL OR STATUS <> 'FAILED')";
        while (jdbc.queryForObject(open, Long.class) > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("event listeners still busy after 30 s: "
                        + jdbc.queryForList("SELECT LISTENER_ID FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL"));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    protected long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
