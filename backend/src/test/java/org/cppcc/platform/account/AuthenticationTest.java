package org.cppcc.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Login, lockout, logout, CSRF, the server-side session and the password rules, seen from a browser. */
class AuthenticationTest extends IntegrationTest {

    private static final String PASSWORD = "Start2026pw";

    @Autowired
    private Clock clock;

    @Test
    void loginReturnsTheUserWithRoles() {
        ApiClient client = anonymous();
        JsonNode me = client.login("fgj", DEMO_PASSWORD).expectStatus(200).json();

        assertThat(me.get("username").asString()).isEqualTo("fgj");
        assertThat(me.get("displayName").asString()).isEqualTo("区发展和改革局办理员");
        assertThat(roles(me)).containsExactly("HANDLING_UNIT");
        assertThat(me.get("unitName").asString()).isEqualTo("区发展和改革局");
        assertThat(me.get("unitId").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT id FROM handling_unit WHERE code = 'FGJ'", Long.class));
        assertThat(me.toString()).doesNotContainIgnoringCase("password");

        // The session now carries the user: /me answers with the same person.
        JsonNode again = client.get("/api/auth/me").expectStatus(200).json();
        assertThat(again.get("id").asLong()).isEqualTo(me.get("id").asLong());
        assertThat(roles(again)).containsExactly("HANDLING_UNIT");
    }

    @Test
    void memberLoginNamesTheMemberRecord() {
        JsonNode me =
                anonymous().login("wy001", DEMO_PASSWORD).expectStatus(200).json();

        assertThat(roles(me)).containsExactly("MEMBER");
        assertThat(me.get("memberId").isNull()).isFalse();
        assertThat(me.get("unitId").isNull()).isTrue();
    }

    @Test
    void wrongPasswordIsRefusedWithOneVagueAnswer() {
        Response response = anonymous().login("tab01", "Wrong2026pw");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        assertThat(response.detail()).isEqualTo("用户名或密码错误");
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        Response unknown = anonymous().login(Unique.username("nobody"), "Wrong2026pw");
        Response wrong = anonymous().login("tab02", "Wrong2026pw");

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        assertThat(unknown.detail()).isEqualTo("用户名或密码错误");
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void refusedLoginLeavesTheClientSignedOut() {
        ApiClient client = anonymous();
        client.login("ld01", "Wrong2026pw").expectStatus(401);

        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
        Account account = newAccount();
        ApiClient client = anonymous();

        for (int attempt = 1; attempt <= 4; attempt++) {
            Response refused = client.login(account.username, "Wrong2026pw" + attempt);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.code()).as("attempt %d", attempt).isEqualTo("AUTH_BAD_CREDENTIALS");
        }
        Response fifth = client.login(account.username, "Wrong2026pw5");
        assertThat(fifth.status()).isEqualTo(401);
        assertThat(fifth.code()).isEqualTo("AUTH_LOCKED");
        assertThat(fifth.detail()).contains("锁定");

        // Locked for 15 minutes from now.
        LocalDateTime lockedUntil = jdbc.queryForObject(
                "SELECT locked_until FROM app_account WHERE id = ?", LocalDateTime.class, account.id);
        LocalDateTime now = LocalDateTime.now(clock);
        assertThat(lockedUntil).isBetween(now.plusMinutes(14), now.plusMinutes(16));

        // Even the right password is refused now, and the admin screen shows the lock.
        Response right = client.login(account.username, PASSWORD);
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.code()).isEqualTo("AUTH_LOCKED");
        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
        ApiClient admin = loginAs("admin");
        assertThat(admin.get("/api/admin/accounts/" + account.id)
                        .expectStatus(200)
                        .json()
                        .get("locked")
                        .asBoolean())
                .isTrue();

        admin.post("/api/admin/accounts/" + account.id + "/unlock", null).expectStatus(204);

        assertThat(admin.get("/api/admin/accounts/" + account.id)
                        .expectStatus(200)
                        .json()
                        .get("locked")
                        .asBoolean())
                .isFalse();
        client.login(account.username, PASSWORD).expectStatus(200);
        assertThat(client.get("/api/auth/me")
                        .expectStatus(200)
                        .json()
                        .get("username")
                        .asString())
                .isEqualTo(account.username);
    }

    @Test
    void aSuccessfulLoginStartsTheFailureCountAgain() {
        Account account = newAccount();
        ApiClient client = anonymous();
        for (int attempt = 1; attempt <= 4; attempt++) {
            client.login(account.username, "Wrong2026pw").expectStatus(401);
        }
        client.login(account.username, PASSWORD).expectStatus(200);

        Response afterReset = anonymous().login(account.username, "Wrong2026pw");
        assertThat(afterReset.code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM app_account WHERE id = ?", Integer.class, account.id))
                .isEqualTo(1);
    }

    @Test
    void aLockOlderThanFifteenMinutesNoLongerHolds() {
        Account account = newAccount();
        for (int attempt = 1; attempt <= 5; attempt++) {
            anonymous().login(account.username, "Wrong2026pw");
        }
        assertThat(anonymous().login(account.username, PASSWORD).code()).isEqualTo("AUTH_LOCKED");

        // The lock was taken 16 minutes ago: it ran out a minute ago.
        jdbc.update(
                "UPDATE app_account SET locked_until = ? WHERE id = ?",
                LocalDateTime.now(clock).minusMinutes(1),
                account.id);

        // A wrong password starts a new count (no immediate relock) ...
        Response wrong = anonymous().login(account.username, "Wrong2026pw");
        assertThat(wrong.code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        // ... and the right one lets the user in.
        ApiClient client = anonymous();
        client.login(account.username, PASSWORD).expectStatus(200);
        client.get("/api/auth/me").expectStatus(200);
    }

    @Test
    void logoutEndsTheSession() {
        ApiClient client = loginAs("ld02");
        String session = client.cookie("SESSION");
        client.get("/api/auth/me").expectStatus(200);

        Response logout = client.post("/api/auth/logout", null);

        assertThat(logout.status()).isEqualTo(204);
        Response me = client.get("/api/auth/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.code()).isEqualTo("UNAUTHENTICATED");
        // The old session id is dead on the server too, not only forgotten by this browser.
        assertThat(anonymous()
                        .withCookie("SESSION", session)
                        .get("/api/auth/me")
                        .status())
                .isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ?", Long.class, sessionId(session)))
                .isZero();
    }

    @Test
    void aPostWithoutTheCsrfHeaderIsRefusedAndChangesNothing() {
        ApiClient admin = loginAs("admin").withoutCsrf();
        long sectors = count("sector");

        Response response = admin.post(
                "/api/admin/sectors",
                Map.of("code", Unique.code("CS"), "name", "无令牌界别", "sortOrder", 1, "enabled", true));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("CSRF_INVALID");
        assertThat(response.detail()).isEqualTo("页面已过期，请刷新后重试");
        assertThat(count("sector")).isEqualTo(sectors);
        // The session itself is still good.
        admin.get("/api/auth/me").expectStatus(200);
    }

    @Test
    void loginLogoutAndPasswordChangeNeedTheCsrfHeaderToo() {
        Account account = newAccount();
        Response login = anonymous().withoutCsrf().login(account.username, PASSWORD);
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("CSRF_INVALID");

        ApiClient client = anonymous();
        client.login(account.username, PASSWORD).expectStatus(200);
        client.withoutCsrf();
        Response change =
                client.post("/api/auth/password", Map.of("oldPassword", PASSWORD, "newPassword", "Other2026pw"));
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.code()).isEqualTo("CSRF_INVALID");
        Response logout = client.post("/api/auth/logout", null);
        assertThat(logout.status()).isEqualTo(403);

        // Neither the password nor the session changed.
        client.get("/api/auth/me").expectStatus(200);
        anonymous().login(account.username, PASSWORD).expectStatus(200);
        assertThat(anonymous().login(account.username, "Other2026pw").status()).isEqualTo(401);
    }

    @Test
    void aSessionIdleForLongerThanThirtyMinutesHasExpired() {
        ApiClient client = loginAs("tab02");
        String id = sessionId(client.cookie("SESSION"));
        assertThat(jdbc.queryForObject(
                        "SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE SESSION_ID = ?", Integer.class, id))
                .isEqualTo(30 * 60);

        // Last used 31 minutes ago.
        long lastAccess = System.currentTimeMillis() - 31 * 60_000L;
        jdbc.update(
                "UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? WHERE SESSION_ID = ?",
                lastAccess,
                lastAccess + 30 * 60_000L,
                id);

        Response me = client.get("/api/auth/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theSessionsOwnInactiveIntervalDecides() {
        ApiClient client = loginAs("tab02");
        String id = sessionId(client.cookie("SESSION"));

        // A session allowed one minute of idleness, last used two minutes ago, due to expire a minute ago.
        long now = System.currentTimeMillis();
        jdbc.update(
                "UPDATE SPRING_SESSION SET MAX_INACTIVE_INTERVAL = 60, LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? "
                        + "WHERE SESSION_ID = ?",
                now - 120_000L,
                now - 60_000L,
                id);

        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aSessionInUseWithinThirtyMinutesStaysValid() {
        ApiClient client = loginAs("tab02");
        String id = sessionId(client.cookie("SESSION"));

        long lastAccess = System.currentTimeMillis() - 29 * 60_000L;
        jdbc.update(
                "UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? WHERE SESSION_ID = ?",
                lastAccess,
                lastAccess + 30 * 60_000L,
                id);

        client.get("/api/auth/me").expectStatus(200);
        // The use slid the expiry forward again.
        assertThat(jdbc.queryForObject("SELECT EXPIRY_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?", Long.class, id))
                .isGreaterThan(System.currentTimeMillis() + 29 * 60_000L);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndTheCsrfCookieReadableByTheApp() {
        ApiClient client = anonymous();
        Response csrf = client.get("/api/auth/csrf").expectStatus(204);
        String xsrf = csrf.setCookie("XSRF-TOKEN");
        assertThat(xsrf).as("XSRF-TOKEN cookie").isNotNull();
        assertThat(xsrf.toLowerCase()).doesNotContain("httponly");

        Response login = client.login("ld01", DEMO_PASSWORD).expectStatus(200);

        String session = login.setCookie("SESSION");
        assertThat(session)
                .as("Set-Cookie of the login: %s", login.setCookies())
                .isNotNull();
        List<String> attributes = List.of(session.toLowerCase().split(";\\s*"));
        assertThat(attributes).contains("httponly", "path=/", "samesite=lax");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        ApiClient client = loginAs("ld01");
        String before = client.cookie("SESSION");
        // Someone who learnt the id before the login (here: of an earlier login in the same browser).
        ApiClient holderOfOldId = anonymous().withCookie("SESSION", before);
        holderOfOldId.get("/api/auth/me").expectStatus(200);

        Response login = client.login("ld02", DEMO_PASSWORD).expectStatus(200);

        String after = client.cookie("SESSION");
        assertThat(login.setCookie("SESSION")).isNotNull();
        assertThat(after).isNotEqualTo(before);
        assertThat(client.get("/api/auth/me")
                        .expectStatus(200)
                        .json()
                        .get("username")
                        .asString())
                .isEqualTo("ld02");
        // The old id does not lead into the new login.
        Response old = holderOfOldId.get("/api/auth/me");
        assertThat(old.status()).isEqualTo(401);
    }

    @Test
    void aPlantedSessionIdIsNotAdopted() {
        String planted = Base64.getEncoder()
                .encodeToString("00000000-0000-4000-8000-000000000001".getBytes(StandardCharsets.UTF_8));
        ApiClient client = anonymous().withCookie("SESSION", planted);

        client.login("ld01", DEMO_PASSWORD).expectStatus(200);

        assertThat(client.cookie("SESSION")).isNotEqualTo(planted);
        assertThat(anonymous()
                        .withCookie("SESSION", planted)
                        .get("/api/auth/me")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void passwordChangeRefusesPasswordsThatBreakThePolicy() {
        Account account = newAccount();
        ApiClient client = anonymous();
        client.login(account.username, PASSWORD).expectStatus(200);

        assertPolicyRefusal(client.post("/api/auth/password", change(PASSWORD, "Ab1cdef")), "too short");
        assertPolicyRefusal(client.post("/api/auth/password", change(PASSWORD, "abcdefghijkl")), "no digit");
        assertPolicyRefusal(client.post("/api/auth/password", change(PASSWORD, "1234567890")), "no letter");
        assertPolicyRefusal(
                client.post("/api/auth/password", change(PASSWORD, "x" + account.username.toUpperCase() + "9")),
                "contains the username");
        assertPolicyRefusal(client.post("/api/auth/password", change(PASSWORD, "a1".repeat(33))), "too long");

        Response wrongOld = client.post("/api/auth/password", change("Wrong2026pw", "Brandnew2026"));
        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(wrongOld.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(wrongOld.fields()).containsExactly("oldPassword");
        assertThat(wrongOld.detail()).isEqualTo("原密码不正确");

        Response same = client.post("/api/auth/password", change(PASSWORD, PASSWORD));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.fields()).containsExactly("newPassword");

        Response empty = client.post("/api/auth/password", Map.of("oldPassword", "", "newPassword", ""));
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.code()).as(empty.body()).isEqualTo("VALIDATION_FAILED");
        assertThat(empty.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(empty.fields()).containsExactlyInAnyOrder("oldPassword", "newPassword");

        // None of these changed the password.
        anonymous().login(account.username, PASSWORD).expectStatus(200);
    }

    @Test
    void aValidPasswordChangeTakesEffectAtTheNextLogin() {
        Account account = newAccount();
        ApiClient client = anonymous();
        client.login(account.username, PASSWORD).expectStatus(200);

        client.post("/api/auth/password", change(PASSWORD, "Brandnew2026")).expectStatus(204);

        client.post("/api/auth/logout", null).expectStatus(204);
        Response old = anonymous().login(account.username, PASSWORD);
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        ApiClient again = anonymous();
        again.login(account.username, "Brandnew2026").expectStatus(200);
        again.get("/api/auth/me").expectStatus(200);
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessionsAndKeepsTheOneThatChangedIt() {
        Account account = newAccount();
        ApiClient phone = anonymous();
        phone.login(account.username, PASSWORD).expectStatus(200);
        ApiClient desk = anonymous();
        desk.login(account.username, PASSWORD).expectStatus(200);
        ApiClient bystander = loginAs("tab01");

        desk.post("/api/auth/password", change(PASSWORD, "Brandnew2026")).expectStatus(204);

        assertThat(phone.get("/api/auth/me").status()).isEqualTo(401);
        desk.get("/api/auth/me").expectStatus(200);
        bystander.get("/api/auth/me").expectStatus(200);
    }

    @Test
    void anAdministratorsPasswordResetEndsEverySessionOfTheAccount() {
        Account account = newAccount();
        ApiClient first = anonymous();
        first.login(account.username, PASSWORD).expectStatus(200);
        ApiClient second = anonymous();
        second.login(account.username, PASSWORD).expectStatus(200);

        loginAs("admin")
                .post("/api/admin/accounts/" + account.id + "/password", Map.of("password", "Reset2026pw"))
                .expectStatus(204);

        assertThat(first.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(second.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        Account account = newAccount();
        ApiClient admin = loginAs("admin");
        admin.put(
                        "/api/admin/accounts/" + account.id,
                        Map.of("displayName", "停用测试", "roles", List.of("RESIDENT"), "enabled", false))
                .expectStatus(200);

        Response login = anonymous().login(account.username, PASSWORD);

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.code()).isEqualTo("AUTH_DISABLED");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() {
        Account account = newAccount();
        ApiClient user = anonymous();
        user.login(account.username, PASSWORD).expectStatus(200);
        user.get("/api/workbench/overview").expectStatus(200);

        loginAs("admin")
                .put(
                        "/api/admin/accounts/" + account.id,
                        Map.of("displayName", "停用测试", "roles", List.of("RESIDENT"), "enabled", false))
                .expectStatus(200);

        user.get("/api/workbench/overview").expectStatus(401);
    }

    @Test
    void changedRolesHoldFromTheNextRequest() {
        Account account = newAccount();
        ApiClient user = anonymous();
        user.login(account.username, PASSWORD).expectStatus(200);

        loginAs("admin")
                .put(
                        "/api/admin/accounts/" + account.id,
                        Map.of("displayName", "角色变更", "roles", List.of("ADMIN"), "enabled", true))
                .expectStatus(200);

        user.get("/api/admin/sectors").expectStatus(401);
        user.login(account.username, PASSWORD).expectStatus(200);
        user.get("/api/admin/sectors").expectStatus(200);
    }

    @Test
    void usernamesAreTheSameWhateverTheirCase() {
        Account account = newAccount();
        anonymous().login(account.username.toUpperCase(Locale.ROOT), PASSWORD).expectStatus(200);
        Response duplicate = loginAs("admin")
                .post(
                        "/api/admin/accounts",
                        Map.of(
                                "username",
                                account.username.toUpperCase(Locale.ROOT),
                                "displayName",
                                "大小写",
                                "roles",
                                List.of("RESIDENT"),
                                "password",
                                PASSWORD));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.fields()).containsExactly("username");
    }

    @Test
    void loginRenewsTheCsrfToken() {
        ApiClient client = anonymous();
        client.get("/api/auth/csrf").expectStatus(204);
        String before = client.cookie("XSRF-TOKEN");
        client.login("wy005", DEMO_PASSWORD).expectStatus(200);
        assertThat(client.cookie("XSRF-TOKEN")).isNotNull().isNotEqualTo(before);
    }

    // --- helpers ---

    private record Account(long id, String username) {}

    /** An account of this test's own, so that locking it or changing its password disturbs no other test. */
    private Account newAccount() {
        String username = Unique.username("auth");
        JsonNode created = loginAs("admin")
                .post(
                        "/api/admin/accounts",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "认证测试",
                                "roles",
                                List.of("RESIDENT"),
                                "password",
                                PASSWORD))
                .expectStatus(201)
                .json();
        return new Account(created.get("id").asLong(), username);
    }

    private static Map<String, String> change(String oldPassword, String newPassword) {
        return Map.of("oldPassword", oldPassword, "newPassword", newPassword);
    }

    private static void assertPolicyRefusal(Response response, String why) {
        assertThat(response.status()).as(why).isEqualTo(400);
        assertThat(response.code()).as(why).isEqualTo("PASSWORD_POLICY");
        assertThat(response.fields()).as(why).containsExactly("newPassword");
        assertThat(response.detail()).as(why).contains("密码须为8至64个字符");
    }

    private static List<String> roles(JsonNode me) {
        return me.get("roles").valueStream().map(JsonNode::asString).toList();
    }

    /** Spring Session's cookie carries the session id Base64-encoded. */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }
}
