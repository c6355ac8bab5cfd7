package org.cppcc.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.RecordedEvents;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The evaluation deadline: 15 working days from the reply, across the National Day week. The proposer is
 * reminded before it; Flowable's evaluation-window timer is due on the same day by the working-day
 * calendar and becomes executable only when the platform clock passes it (the engine reads that clock);
 * once it has fired the item is closed and reminded no more.
 */
class EvaluationDeadlineTest extends SupervisionTestSupport {

    @Autowired
    ManagementService management;

    @Test
    void evaluationWindowFollowsTheWorkingDayCalendarAndThePlatformClock() {
        today("2026-09-28");
        long id = registeredProposal("wy036", title("关于公园夜间照明的建议"));
        long assignment = assignment(assign(id, "WJJ"), "LEAD");
        ApiClient unit = loginAs("wjj");
        ApiClient office = loginAs("tab01");
        unit.post("/api/proposals/assignments/" + assignment + "/sign", null).expectStatus(204);
        unit.post(
                        "/api/proposals/assignments/" + assignment + "/contacts",
                        Map.of("contactDate", "2026-09-28", "way", "PHONE", "content", "电话听取提案人意见"))
                .expectStatus(204);
        unit.put(
                        "/api/proposals/assignments/" + assignment + "/reply",
                        Map.of(
                                "replyClass",
                                "A",
                                "body",
                                "一、已增设照明……",
                                "signingLeader",
                                "张明",
                                "officer",
                                "李华",
                                "officerPhone",
                                "0731-85601009"))
                .expectStatus(204);
        unit.post("/api/proposals/assignments/" + assignment + "/reply/submit", null)
                .expectStatus(204);
        loginAs("wjjld")
                .post("/api/proposals/assignments/" + assignment + "/reply/approve", null)
                .expectStatus(204);
        today("2026-09-30");
        office.post("/api/proposals/assignments/" + assignment + "/reply/check", Map.of("approve", true))
                .expectStatus(204);
        assertThat(state(office, id)).isEqualTo("AWAITING_EVALUATION");

        // 15 working days from 30 Sept: the National Day week is off, the make-up Saturday 10 Oct counts.
        JsonNode item = evaluationItem(office, id);
        assertThat(item.get("dueDate").asString()).isEqualTo("2026-10-27");
        Job timer = management
                .createTimerJobQuery()
                .processInstanceId(processInstance(id))
                .singleResult();
        assertThat(timer.getDuedate()
                        .toInstant()
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toLocalDate())
                .isEqualTo(LocalDate.parse("2026-10-27"));

        today("2026-10-21"); // 5 working days left
        reminders.scan();
        assertThat(remindersOf(id)).containsExactly("EVALUATION DUE_SOON 5");
        assertThat(remindersReceived("wy036", id, "EVALUATION", "DUE_SOON", 5))
                .as("the proposer")
                .isEqualTo(1);
        assertThat(loginAs("wjj")
                        .get("/api/supervision/board?size=100")
                        .json()
                        .get("items")
                        .valueStream()
                        .noneMatch(i -> i.get("proposalId").asLong() == id))
                .as("not the unit's item")
                .isTrue();

        today("2026-10-27");
        assertThat(executableTimers(id)).as("not before the end of the due day").isEmpty();
        reminders.scan();
        assertThat(remindersOf(id)).endsWith("EVALUATION DUE_SOON 1");

        today("2026-10-28"); // the window has passed
        reminders.scan();
        assertThat(remindersOf(id)).endsWith("EVALUATION OVERDUE 1");
        assertThat(remindersReceived("tab01", id, "EVALUATION", "OVERDUE", 1))
                .as("the office")
                .isEqualTo(1);
        List<Job> due = executableTimers(id);
        assertThat(due).as("the engine follows the platform clock").hasSize(1);
        management.executeJob(
                management.moveTimerToExecutableJob(due.get(0).getId()).getId());
        assertThat(office.get("/api/proposals/" + id + "/history")
                        .json()
                        .valueStream()
                        .map(e -> e.get("action").asString()))
                .contains("EVALUATION_WINDOW_CLOSED");
        assertThat(RecordedEvents.only(events.ofProposal(id), ProposalEvent.EvaluationWindowClosed.class)
                        .facts()
                        .actorAccountId())
                .isNull();
        assertThat(evaluationItems(office, id)).as("closed by the window").isEmpty();
        int sent = remindersOf(id).size();
        today("2026-11-05");
        reminders.scan();
        assertThat(remindersOf(id)).hasSize(sent);
    }

    private List<Job> executableTimers(long id) {
        return management
                .createTimerJobQuery()
                .processInstanceId(processInstance(id))
                .executable()
                .list();
    }

    private String processInstance(long id) {
        return jdbc.queryForObject("SELECT process_instance_id FROM proposal WHERE id = ?", String.class, id);
    }

    private static String state(ApiClient client, long id) {
        return client.get("/api/proposals/" + id)
                .expectStatus(200)
                .json()
                .get("state")
                .asString();
    }

    private List<JsonNode> evaluationItems(ApiClient office, long id) {
        return office.get("/api/supervision/proposals/" + id)
                .expectStatus(200)
                .json()
                .get("openItems")
                .valueStream()
                .filter(i -> i.get("kind").asString().equals("EVALUATION"))
                .toList();
    }

    private JsonNode evaluationItem(ApiClient office, long id) {
        return evaluationItems(office, id).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no evaluation item"));
    }
}
