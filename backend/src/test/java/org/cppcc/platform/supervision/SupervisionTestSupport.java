package org.cppcc.platform.supervision;

import static org.cppcc.platform.proposal.ProposalFixtures.form;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.shared.time.AdjustableClock;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What the supervision tests share: the platform clock set to a chosen morning (and put back after each
 * test), the reminder scan, proposals made and assigned through the API, and reading what was sent.
 */
abstract class SupervisionTestSupport extends IntegrationTest {

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected DeadlineReminders reminders;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** The platform's clock reads 09:00 (Beijing time) on {@code day}. */
    protected void today(String day) {
        clock.moveTo(LocalDate.parse(day)
                .atTime(9, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
    }

    protected LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A registered proposal of {@code member}, through the API. */
    protected long registeredProposal(String member, String title) {
        ApiClient proposer = loginAs(member);
        ApiClient office = loginAs("tab01");
        long id = proposer.post("/api/proposals", form(title, "INDIVIDUAL", List.of()))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        proposer.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200);
        return id;
    }

    /** Assigns to a lead unit and optional assisting units (unit codes FGJ, JYJ …); returns the detail. */
    protected JsonNode assign(long proposalId, String lead, String... assisting) {
        List<Long> assistingIds =
                Arrays.stream(assisting).map(code -> unitId(jdbc, code)).toList();
        return loginAs("tab01")
                .post(
                        "/api/proposals/" + proposalId + "/assign",
                        Map.of(
                                "mode",
                                "LEAD_AND_ASSISTING",
                                "leadUnitId",
                                unitId(jdbc, lead),
                                "assistingUnitIds",
                                assistingIds))
                .expectStatus(200)
                .json();
    }

    protected static long assignment(JsonNode proposal, String role) {
        for (JsonNode a : proposal.get("assignments")) {
            if (a.get("unitRole").asString().equals(role)
                    && !a.get("status").asString().equals("RETURNED")) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no " + role + " assignment");
    }

    protected String title(String base) {
        return base + System.nanoTime() % 100000;
    }

    protected LocalDate date(String sql, Object... args) {
        return jdbc.queryForObject(sql, LocalDate.class, args);
    }

    /** Reminder rows of a proposal as "DEADLINE KIND level", in the order they were sent. */
    protected List<String> remindersOf(long proposalId) {
        return jdbc.queryForList(
                "SELECT CONCAT(deadline_kind, ' ', kind, ' ', level) FROM supervision_reminder "
                        + "WHERE proposal_id = ? ORDER BY id",
                String.class,
                proposalId);
    }

    /** How many notices about the proposal's reminders {@code username} has received. */
    protected int remindersReceived(String username, long proposalId, String deadlineKind, String kind, int level) {
        awaitEvents();
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification n JOIN app_account a ON a.id = n.account_id "
                        + "JOIN supervision_reminder r ON n.source_key = CONCAT('reminder:', r.item_key, "
                        + "':', r.kind, ':', r.level) "
                        + "WHERE a.username = ? AND r.proposal_id = ? AND r.deadline_kind = ? AND r.kind = "
                        + "? AND r.level = ?",
                Integer.class,
                username,
                proposalId,
                deadlineKind,
                kind,
                level);
    }
}
