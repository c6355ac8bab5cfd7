package org.cppcc.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.proposal.DeadlineKind;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.cppcc.platform.support.ApiClient;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One proposal through its deadlines with the clock moved day by day across the Mid-Autumn and National
 * Day holidays of 2026 (with the make-up Saturday 10 October): reminders before sign-off, the overdue
 * warning rising from the unit's contact to its leader to the office, the sign-off closing the item, then
 * the proposer-contact and (key proposal, brought forward) reply deadlines. Dates are worked by hand.
 */
class ReminderProcessTest extends SupervisionTestSupport {

    @Autowired
    TaskService tasks;

    @Test
    void remindersAndEscalationFollowTheWorkingDayDeadlines() {
        today("2026-09-24"); // Thursday before Mid-Autumn Friday
        String title = title("关于社区停车共享的建议");
        long id = registeredProposal("wy031", title);
        JsonNode assigned = assign(id, "FGJ", "JYJ");
        long fgj = assignment(assigned, "LEAD");
        long jyj = assignment(assigned, "ASSISTING");
        // 5 working days from 24 Sept: 28, 29, 30 Sept, (1-7 Oct off), 8, 9 Oct.
        assertThat(date("SELECT sign_due_date FROM proposal_assignment WHERE id = ?", fgj))
                .isEqualTo("2026-10-09");

        reminders.scan();
        assertThat(remindersOf(id)).containsExactly("SIGN_OFF DUE_SOON 5", "SIGN_OFF DUE_SOON 5");
        assertThat(remindersReceived("fgj", id, "SIGN_OFF", "DUE_SOON", 5)).isEqualTo(1);
        assertThat(remindersReceived("fgjld", id, "SIGN_OFF", "DUE_SOON", 5))
                .as("the unit leader is not the contact")
                .isZero();
        assertThat(remindersReceived("jyj", id, "SIGN_OFF", "DUE_SOON", 5)).isEqualTo(1);
        reminders.scan();
        assertThat(remindersOf(id)).as("each reminder once").hasSize(2);

        today("2026-09-30"); // 2 working days left: still the 5-day reminder
        reminders.scan();
        assertThat(remindersOf(id)).hasSize(2);

        today("2026-10-08"); // 1 working day left
        reminders.scan();
        assertThat(remindersOf(id)).endsWith("SIGN_OFF DUE_SOON 1", "SIGN_OFF DUE_SOON 1");
        ApiClient jyjClient = loginAs("jyj");
        jyjClient.post("/api/proposals/assignments/" + jyj + "/sign", null).expectStatus(204);

        today("2026-10-09"); // due today: not overdue
        reminders.scan();
        assertThat(boardItem("tab01", title, "SIGN_OFF").get("status").asString())
                .isEqualTo("DUE_SOON");
        assertThat(remindersOf(id)).noneMatch(r -> r.contains("OVERDUE"));

        today("2026-10-10"); // make-up Saturday: one working day late
        reminders.scan();
        assertThat(remindersOf(id)).endsWith("SIGN_OFF OVERDUE 1");
        assertThat(remindersReceived("fgj", id, "SIGN_OFF", "OVERDUE", 1)).isEqualTo(1);
        SupervisionEvent.DeadlineReminder warning = events.all(
                        SupervisionEvent.DeadlineReminder.class, e -> e.facts().proposalId() == id && e.overdue())
                .get(0);
        assertThat(warning.deadlineKind()).isEqualTo(DeadlineKind.SIGN_OFF);
        assertThat(warning.level()).isEqualTo(1);
        assertThat(warning.workingDaysLeft()).isEqualTo(-1);
        assertThat(warning.assignmentId()).isEqualTo(fgj);
        assertThat(warning.recipientAccountIds())
                .contains(jdbc.queryForObject("SELECT id FROM app_account WHERE username = 'fgj'", Long.class));
        assertThat(warning.facts().actorAccountId()).as("the scan").isNull();
        JsonNode overdue = boardItem("tab01", title, "SIGN_OFF");
        assertThat(overdue.get("status").asString()).isEqualTo("OVERDUE");
        assertThat(overdue.get("workingDaysLeft").asInt()).isEqualTo(-1);
        assertThat(overdue.get("unitName").asString()).isEqualTo(unitName("FGJ"));
        assertThat(overdue.get("escalationLevel").asInt()).isEqualTo(1);
        assertThat(boardItems("jyj", title))
                .as("a unit sees only its own items")
                .allMatch(i -> i.get("unitName").asString().equals(unitName("JYJ")))
                .isNotEmpty();

        today("2026-10-11"); // Sunday: still one working day late
        reminders.scan();
        assertThat(remindersOf(id)).filteredOn(r -> r.contains("OVERDUE")).hasSize(1);

        today("2026-10-14"); // 12, 13, 14 Oct: four working days late
        reminders.scan();
        assertThat(remindersOf(id)).endsWith("SIGN_OFF OVERDUE 2");
        assertThat(remindersReceived("fgjld", id, "SIGN_OFF", "OVERDUE", 2))
                .as("the unit's leader")
                .isEqualTo(1);

        today("2026-10-16"); // six working days late
        reminders.scan();
        assertThat(remindersOf(id)).endsWith("SIGN_OFF OVERDUE 3");
        assertThat(remindersReceived("tab01", id, "SIGN_OFF", "OVERDUE", 3))
                .as("the office")
                .isEqualTo(1);
        assertThat(remindersReceived("tab02", id, "SIGN_OFF", "OVERDUE", 3)).isEqualTo(1);
        assertThat(boardItem("tab01", title, "SIGN_OFF").get("escalationLevel").asInt())
                .isEqualTo(3);

        loginAs("fgj").post("/api/proposals/assignments/" + fgj + "/sign", null).expectStatus(204);
        assertThat(boardItems("tab01", title))
                .noneMatch(i -> i.get("kind").asString().equals("SIGN_OFF"));
        // Contact: 15 working days from 16 Oct = 6 Nov. Reply: 16 Jan 2027 is a Saturday, so Monday 18 Jan.
        assertThat(date("SELECT contact_due_date FROM proposal_assignment WHERE id = ?", fgj))
                .isEqualTo("2026-11-06");
        assertThat(date("SELECT reply_due_date FROM proposal_assignment WHERE id = ?", fgj))
                .isEqualTo("2027-01-18");
        int sent = remindersOf(id).size();
        reminders.scan();
        assertThat(remindersOf(id)).as("a closed item is reminded no more").hasSize(sent);

        // Key proposal: approved with an earlier reply deadline, which Flowable's task gets too.
        ApiClient office = loginAs("tab01");
        office.post("/api/supervision/key-proposals", Map.of("proposalId", id, "reason", "群众关注度高"))
                .expectStatus(201);
        office.post(
                        "/api/supervision/key-proposals/" + id + "/approval",
                        Map.of(
                                "meetingName",
                                "五届政协第十三次主席会议",
                                "approvedOn",
                                "2026-10-16",
                                "leadLeaderId",
                                accountId("ld01"),
                                "replyDueDate",
                                "2026-11-20"))
                .expectStatus(200);
        assertThat(date("SELECT reply_due_date FROM proposal_assignment WHERE id = ?", fgj))
                .isEqualTo("2026-11-20");
        assertThat(date("SELECT reply_due_date FROM proposal_assignment WHERE id = ?", jyj))
                .isEqualTo("2026-11-20");
        Task handle = tasks
                .createTaskQuery()
                .processInstanceBusinessKey("proposal-" + id)
                .taskDefinitionKey("handle")
                .list()
                .stream()
                .filter(t ->
                        Long.valueOf(fgj).equals(((Number) tasks.getVariable(t.getId(), "assignmentId")).longValue()))
                .findFirst()
                .orElseThrow();
        assertThat(handle.getDueDate()
                        .toInstant()
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toLocalDate())
                .isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey("proposal-" + id)
                        .taskDefinitionKey("supervise")
                        .taskCandidateGroup("LEADER")
                        .count())
                .isEqualTo(1);

        today("2026-11-09"); // contact one working day late; reply 9 working days ahead
        reminders.scan();
        assertThat(remindersOf(id)).endsWith("CONTACT OVERDUE 1");

        today("2026-11-16"); // contact 6 late: levels 2 and 3 at once; reply 4 ahead
        reminders.scan();
        assertThat(remindersOf(id))
                .contains("CONTACT OVERDUE 2", "CONTACT OVERDUE 3", "REPLY DUE_SOON 5", "OPINION DUE_SOON 5");
        assertThat(remindersReceived("ld01", id, "CONTACT", "OVERDUE", 3))
                .as("the supervising leader")
                .isEqualTo(1);
        JsonNode reply = boardItem("ld01", title, "REPLY");
        assertThat(reply.get("keyProposal").asBoolean()).isTrue();
        assertThat(reply.get("leadLeaderName").asString()).isNotBlank();
        assertThat(reply.get("workingDaysLeft").asInt()).isEqualTo(4);

        today("2026-11-23"); // reply one working day late
        reminders.scan();
        assertThat(remindersOf(id)).contains("REPLY OVERDUE 1", "OPINION OVERDUE 1");
        assertThat(boardItem("tab01", title, "REPLY").get("status").asString()).isEqualTo("OVERDUE");
        JsonNode counts = loginAs("tab01")
                .get("/api/supervision/board/units")
                .expectStatus(200)
                .json();
        assertThat(counts.valueStream()
                        .filter(c -> unitName("FGJ").equals(c.get("unitName").asString()))
                        .findFirst()
                        .orElseThrow()
                        .get("overdue")
                        .asInt())
                .isGreaterThanOrEqualTo(2);
    }

    private String unitName(String code) {
        return jdbc.queryForObject("SELECT name FROM handling_unit WHERE code = ?", String.class, code);
    }

    private long accountId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_account WHERE username = ?", Long.class, username);
    }

    private List<JsonNode> boardItems(String username, String title) {
        JsonNode page = loginAs(username)
                .get("/api/supervision/board?size=100&keyword=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .expectStatus(200)
                .json();
        return page.get("items").valueStream().toList();
    }

    private JsonNode boardItem(String username, String title, String kind) {
        return boardItems(username, title).stream()
                .filter(i -> i.get("kind").asString().equals(kind))
                .filter(i ->
                        !kind.equals("REPLY") || "LEAD".equals(i.get("unitRole").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " item for " + title));
    }
}
