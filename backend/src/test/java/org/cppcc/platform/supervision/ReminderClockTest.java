package org.cppcc.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The demo clock moved forward and back again: the board follows the clock's real remaining time, reminders
 * "sent" in the future are forgotten, a due-soon reminder never follows an overdue warning, and each warning
 * names who really received it (a unit without a named leader: its own accounts, and the board says so).
 * Proposals are assigned to 区发改局 (lead; its leader fgjld is named) and 区教育局 (assisting; no leader).
 * November 2026 has no holidays: sign-off is due five working days after Monday 2 November, on 9 November.
 */
class ReminderClockTest extends SupervisionTestSupport {

    @Value("${spring.datasource.url}")
    String databaseUrl;

    private List<JsonNode> board(String title) {
        return loginAs("tab01")
                .get("/api/supervision/board?size=100&keyword=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .expectStatus(200)
                .json()
                .get("items")
                .valueStream()
                .toList();
    }

    private JsonNode signOff(String title, String unitCode) {
        String unit = jdbc.queryForObject("SELECT name FROM handling_unit WHERE code = ?", String.class, unitCode);
        return board(title).stream()
                .filter(i -> i.get("kind").asString().equals("SIGN_OFF")
                        && i.get("unitName").asString().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    /** The overdue warning at {@code level} that {@code username} received about the unit's sign-off. */
    private String noticeBody(String username, long proposalId, String unitCode, int level) {
        awaitEvents();
        return jdbc.queryForObject(
                "SELECT n.body FROM notification n JOIN app_account a ON a.id = n.account_id "
                        + "JOIN supervision_reminder r ON n.source_key = CONCAT('reminder:', r.item_key, "
                        + "':', r.kind, ':', r.level) "
                        + "WHERE a.username = ? AND r.proposal_id = ? AND r.deadline_kind = 'SIGN_OFF' "
                        + "AND r.kind = 'OVERDUE' AND r.level = ? "
                        + "AND r.unit_id = (SELECT id FROM handling_unit WHERE code = ?)",
                String.class,
                username,
                proposalId,
                level,
                unitCode);
    }

    private long remindersAfterNow() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM supervision_reminder WHERE sent_at > ?", Long.class, now());
    }

    @Test
    void movedForwardAndBackTheBoardAndTheRemindersFollowTheClock() {
        today("2026-11-02");
        String title = title("关于老旧小区加装电梯的建议");
        long id = registeredProposal("wy033", title);
        assign(id, "FGJ", "JYJ");
        reminders.scan();
        assertThat(remindersOf(id)).containsExactly("SIGN_OFF DUE_SOON 5", "SIGN_OFF DUE_SOON 5");

        // Fifteen days on: six working days late, every level reached.
        today("2026-11-17");
        reminders.scan();
        assertThat(remindersOf(id)).filteredOn(r -> r.contains("OVERDUE")).hasSize(6);
        JsonNode fgj = signOff(title, "FGJ");
        JsonNode jyj = signOff(title, "JYJ");
        assertThat(fgj.get("escalationLevel").asInt()).isEqualTo(3);
        assertThat(fgj.get("escalationLabel").asString()).isEqualTo("已通知提案委");
        assertThat(fgj.get("unitLeaderMissing").asBoolean()).isFalse();
        assertThat(jyj.get("unitLeaderMissing").asBoolean()).isTrue();

        // Level 2 names who really received it: the named leader, or the unit's own accounts.
        assertThat(noticeBody("fgjld", id, "FGJ", 2)).contains("本提醒发送给承办单位分管领导，");
        assertThat(noticeBody("jyj", id, "JYJ", 2)).contains("本提醒发送给承办单位账户（未设分管领导）");
        assertThat(noticeBody("tab01", id, "JYJ", 3))
                .as("no key proposal, so no supervising leader")
                .contains("本提醒发送给提案委，");
        JsonNode detail = loginAs("tab01")
                .get("/api/supervision/proposals/" + id)
                .expectStatus(200)
                .json();
        assertThat(detail.get("reminders")
                        .valueStream()
                        .map(r -> r.get("audience").asString()))
                .contains("承办单位账户（未设分管领导）", "承办单位分管领导");

        // Back to 3 November, as the demo clock does it: what was "sent" later is forgotten.
        today("2026-11-03");
        reminders.forgetSentAfter(now());
        assertThat(remindersAfterNow()).isZero();
        assertThat(remindersOf(id)).containsExactly("SIGN_OFF DUE_SOON 5", "SIGN_OFF DUE_SOON 5");
        JsonNode back = signOff(title, "JYJ");
        assertThat(back.get("status").asString()).isEqualTo("DUE_SOON");
        assertThat(back.get("workingDaysLeft").asInt()).isEqualTo(4);
        assertThat(back.get("escalationLevel").asInt()).isZero();
        assertThat(back.get("escalationLabel").isNull()).isTrue();
        assertThat(loginAs("tab01")
                        .get("/api/supervision/proposals/" + id)
                        .expectStatus(200)
                        .json()
                        .get("reminders")
                        .size())
                .isEqualTo(2);

        // Time passes again: each warning is owed again, in order.
        today("2026-11-10");
        reminders.scan();
        assertThat(remindersOf(id)).endsWith("SIGN_OFF OVERDUE 1", "SIGN_OFF OVERDUE 1");
    }

    @Test
    void theBoardReadsTheClockEvenWhenFutureRowsRemainAndNoDueSoonFollowsAnOverdue() {
        today("2026-11-02");
        String title = title("关于背街小巷照明的建议");
        long id = registeredProposal("wy034", title);
        assign(id, "FGJ");
        reminders.scan();
        today("2026-11-17");
        reminders.scan();
        assertThat(signOff(title, "FGJ").get("escalationLevel").asInt()).isEqualTo(3);

        // The clock is put back without forgetting anything (say, by a test or an operator's mistake).
        today("2026-11-06");
        JsonNode item = signOff(title, "FGJ");
        assertThat(item.get("status").asString()).isEqualTo("DUE_SOON");
        assertThat(item.get("workingDaysLeft").asInt()).isEqualTo(1);
        assertThat(item.get("escalationLevel").asInt())
                .as("nothing reached by today's clock")
                .isZero();
        reminders.scan();
        assertThat(remindersOf(id))
                .as("no due-soon reminder after the overdue warnings")
                .containsExactly(
                        "SIGN_OFF DUE_SOON 5", "SIGN_OFF OVERDUE 1", "SIGN_OFF OVERDUE 2", "SIGN_OFF OVERDUE 3");
        reminders.forgetSentAfter(now());
    }

    @Test
    void theDemoClockMovesOnlyOnTheSingleNodeEmbeddedDatabase() {
        ApiClient admin = loginAs("admin");
        JsonNode state = admin.get("/api/demo/clock").expectStatus(200).json();
        boolean embedded = databaseUrl.startsWith("jdbc:h2:mem:");
        assertThat(state.get("adjustable").asBoolean()).isEqualTo(embedded);
        ApiClient.Response moved = admin.put("/api/demo/clock", Map.of("offsetDays", 0));
        if (embedded) {
            moved.expectStatus(200);
            assertThat(state.get("unavailableReason").isNull()).isTrue();
        } else {
            moved.expectStatus(409);
            assertThat(moved.code()).isEqualTo("DEMO_CLOCK_UNAVAILABLE");
            assertThat(moved.detail()).contains("单节点");
            assertThat(state.get("unavailableReason").asString()).contains("单节点");
        }
    }
}
