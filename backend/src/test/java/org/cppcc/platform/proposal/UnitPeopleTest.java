package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.accountId;
import static org.cppcc.platform.proposal.ProposalFixtures.assigned;
import static org.cppcc.platform.proposal.ProposalFixtures.assignmentOf;
import static org.cppcc.platform.proposal.ProposalFixtures.chinese;
import static org.cppcc.platform.proposal.ProposalFixtures.historyCount;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Named people inside a handling unit: the officer (承办人) the unit hands an assignment to and passes on, the
 * 分管领导 who alone signs off (as the sign-off task's candidate user), a leader chairing a meeting as an account,
 * and the leader's home rows. A unit never sees or names another unit's accounts.
 */
class UnitPeopleTest extends IntegrationTest {

    @Autowired
    TaskService tasks;

    @Test
    void aUnitHandsItsAssignmentToAnOfficerWhoPassesItOnWithHistory() {
        Assigned a = assignedToFgj("承办人转交留痕");
        ApiClient fgj = loginAs("fgj");
        JsonNode choice = fgj.get(officers(a.assignment)).expectStatus(200).json();
        List<String> names = new ArrayList<>();
        choice.get("candidates").forEach(c -> names.add(c.get("displayName").asString()));
        assertThat(names).contains("刘承办（区发改局）", "孙承办（区发改局）").noneMatch(n -> n.contains("住建"));
        assertThat(choice.get("officerAccountId").isNull()).isTrue();

        long cb1 = accountId(jdbc, "fgjcb1");
        long cb2 = accountId(jdbc, "fgjcb2");
        fgj.put(officer(a.assignment), Map.of("officerAccountId", cb1)).expectStatus(204);
        ApiClient officer1 = loginAs("fgjcb1");
        JsonNode todo = officer1.get("/api/proposals/todo").expectStatus(200).json();
        assertThat(itemOf(todo, a.id).get("officerAccountId").asLong()).isEqualTo(cb1);
        assertThat(itemOf(todo, a.id).get("officerName").asString()).isEqualTo("刘承办（区发改局）");

        // The officer passes it on inside the unit; doing it twice to the same person is refused.
        officer1.put(officer(a.assignment), Map.of("officerAccountId", cb2, "reason", "工作调整"))
                .expectStatus(204);
        refused(officer1.put(officer(a.assignment), Map.of("officerAccountId", cb2)), 409);

        JsonNode after = fgj.get(officers(a.assignment)).expectStatus(200).json();
        assertThat(after.get("officerAccountId").asLong()).isEqualTo(cb2);
        JsonNode changes = after.get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("fromAccountId").isNull()).isTrue();
        assertThat(changes.get(0).get("changedByName").asString()).isEqualTo("区发展和改革局办理员");
        assertThat(changes.get(1).get("fromName").asString()).isEqualTo("刘承办（区发改局）");
        assertThat(changes.get(1).get("toName").asString()).isEqualTo("孙承办（区发改局）");
        assertThat(changes.get(1).get("reason").asString()).isEqualTo("工作调整");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM proposal_history WHERE proposal_id = ? AND action = 'HAND_TO_OFFICER'",
                        Long.class,
                        a.id))
                .isEqualTo(2L);
        assertThat(events.all(ProposalEvent.OfficerAssigned.class, e -> e.assignmentId() == a.assignment))
                .anyMatch(e -> e.officerAccountId() == cb2 && Long.valueOf(cb1).equals(e.previousOfficerAccountId()));
    }

    @Test
    void aUnitNeitherSeesNorHandsToAnotherUnitsAccounts() {
        Assigned a = assignedToFgj("不跨单位指定承办人");
        ApiClient fgj = loginAs("fgj");
        ApiClient zjj = loginAs("zjj");
        long before = historyCount(jdbc, a.id);

        refused(zjj.get(officers(a.assignment)), 404);
        refused(zjj.put(officer(a.assignment), Map.of("officerAccountId", accountId(jdbc, "zjj"))), 404);
        Response foreign = fgj.put(officer(a.assignment), Map.of("officerAccountId", accountId(jdbc, "zjjld")));
        refused(foreign, 400);
        assertThat(foreign.fields()).contains("officerAccountId");
        refused(fgj.put(officer(a.assignment), Map.of("reason", "没有选人")), 400);
        refused(fgj.put(officer(a.assignment), Map.of("officerAccountId", accountId(jdbc, "tab01"))), 400);

        assertThat(historyCount(jdbc, a.id)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT officer_account_id FROM proposal_assignment WHERE id = ?", Long.class, a.assignment))
                .isNull();
    }

    @Test
    void theSignOffTaskIsOfferedToTheNamedLeadersOnly() {
        Assigned a = assignedToFgj("签发任务给分管领导");
        ApiClient fgj = loginAs("fgj");
        submitReply(fgj, a);

        Task signOff = signOffTask(a.id);
        List<IdentityLink> links = tasks.getIdentityLinksForTask(signOff.getId());
        assertThat(links)
                .filteredOn(l -> "candidate".equals(l.getType()))
                .extracting(l -> l.getUserId() == null ? "group:" + l.getGroupId() : l.getUserId())
                .containsExactly(String.valueOf(accountId(jdbc, "fgjld")));

        refused(fgj.post("/api/proposals/assignments/" + a.assignment + "/reply/approve", null), 403);
        refused(loginAs("fgjcb1").post("/api/proposals/assignments/" + a.assignment + "/reply/approve", null), 403);
        loginAs("fgjld")
                .post("/api/proposals/assignments/" + a.assignment + "/reply/approve", null)
                .expectStatus(204);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM proposal_reply WHERE assignment_id = ?", String.class, a.assignment))
                .isEqualTo("OFFICE_CHECK");
    }

    /** With no 分管领导 named, the unit's group keeps the task and the approval asks the office to name one. */
    @Test
    void withNoLeaderNamedTheUnitKeepsTheTaskAndTheApprovalIsAConflict() {
        String code = jdbc.queryForObject(
                "SELECT MIN(u.code) FROM handling_unit u WHERE u.code LIKE 'JD%' AND NOT EXISTS "
                        + "(SELECT 1 FROM supervision_unit_leader l WHERE l.unit_id = u.id)",
                String.class);
        assertThat(code).as("a subdistrict office with no leader named").isNotNull();
        long unit = unitId(jdbc, code);
        JsonNode proposal = assigned(loginAs("wy023"), loginAs("tab01"), title("无分管领导的签发"), leadPlan(unit));
        Assigned a = new Assigned(
                proposal.get("id").asLong(),
                proposal.get("assignments").get(0).get("id").asLong());
        ApiClient office = loginAs(code.toLowerCase());
        submitReply(office, a);

        List<IdentityLink> links =
                tasks.getIdentityLinksForTask(signOffTask(a.id).getId());
        assertThat(links)
                .filteredOn(l -> "candidate".equals(l.getType()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly("unit-" + unit);
        long before = historyCount(jdbc, a.id);
        Response conflict = office.post("/api/proposals/assignments/" + a.assignment + "/reply/approve", null);
        refused(conflict, 409);
        assertThat(conflict.detail()).contains("尚未指定分管领导");
        assertThat(historyCount(jdbc, a.id)).isEqualTo(before);
        assertThat(signOffTask(a.id)).isNotNull();
    }

    @Test
    void aUnitLeaderChairsAMeetingAsAnAccountAndSeesItInMeetingsAndTodo() {
        Assigned a = assignedToFgj("分管领导主持协商会");
        ApiClient fgj = loginAs("fgj");
        fgj.post("/api/proposals/assignments/" + a.assignment + "/sign", null).expectStatus(204);
        long leader = accountId(jdbc, "fgjld");

        Map<String, Object> meeting = new HashMap<>();
        meeting.put("meetingTime", LocalDateTime.now().plusDays(3).withNano(0).toString());
        meeting.put("place", "区发改局三楼会议室");
        meeting.put("chair", "分管领导");
        meeting.put("inviteeUnitIds", List.of(unitId(jdbc, "FGJ")));
        meeting.put("chairAccountId", accountId(jdbc, "zjjld"));
        Response foreign = fgj.post("/api/proposals/" + a.id + "/meetings", meeting);
        refused(foreign, 400);
        assertThat(foreign.fields()).contains("chairAccountId");
        meeting.put("chairAccountId", accountId(jdbc, "fgjcb1"));
        refused(fgj.post("/api/proposals/" + a.id + "/meetings", meeting), 400);

        meeting.put("chairAccountId", leader);
        long meetingId = fgj.post("/api/proposals/" + a.id + "/meetings", meeting)
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        ApiClient chair = loginAs("fgjld");
        JsonNode mine =
                chair.get("/api/proposals/meetings/mine").expectStatus(200).json();
        List<Long> chaired = new ArrayList<>();
        mine.forEach(m -> {
            if (m.get("chairAccountId").isNumber() && m.get("chairAccountId").asLong() == leader) {
                chaired.add(m.get("id").asLong());
            }
        });
        assertThat(chaired).contains(meetingId);
        JsonNode todo = chair.get("/api/proposals/todo").expectStatus(200).json();
        List<String> tasksOfMeeting = new ArrayList<>();
        todo.forEach(t -> {
            if (t.get("proposalId").asLong() == a.id) {
                tasksOfMeeting.add(t.get("task").asString());
            }
        });
        assertThat(tasksOfMeeting).contains("CHAIR_MEETING");
        assertThat(jdbc.queryForObject(
                        "SELECT chair_account_id FROM proposal_meeting WHERE id = ?", Long.class, meetingId))
                .isEqualTo(leader);
    }

    @Test
    void leadersHomesListRowsThatNameTheirProposals() {
        JsonNode committee = loginAs("ld01")
                .get("/api/workbench/leader-home")
                .expectStatus(200)
                .json();
        assertThat(committee.get("kind").asString()).isEqualTo("COMMITTEE_LEADER");
        assertThat(committee.get("keyProposals")).isNotEmpty();
        committee
                .get("keyProposals")
                .forEach(k -> assertThat(k.get("proposalId").asLong()).isPositive());
        assertThat(committee.get("duties"))
                .anyMatch(d -> d.get("duty").asString().equals("领衔督办"));

        JsonNode unit = loginAs("zjjld")
                .get("/api/workbench/leader-home")
                .expectStatus(200)
                .json();
        assertThat(unit.get("kind").asString()).isEqualTo("UNIT_LEADER");
        assertThat(unit.get("keyProposals")).isNotEmpty();
        unit.get("pendingInstructions")
                .forEach(i -> assertThat(i.get("proposalId").asLong()).isPositive());

        JsonNode none = loginAs("fgj")
                .get("/api/workbench/leader-home")
                .expectStatus(200)
                .json();
        assertThat(none.get("kind").asString()).isEqualTo("NONE");
        assertThat(none.get("keyProposals")).isEmpty();
    }

    private record Assigned(long id, long assignment) {}

    private Assigned assignedToFgj(String words) {
        JsonNode proposal = assigned(loginAs("wy022"), loginAs("tab01"), title(words), leadPlan(unitId(jdbc, "FGJ")));
        return new Assigned(proposal.get("id").asLong(), assignmentOf(proposal, "区发展和改革局"));
    }

    private static void submitReply(ApiClient unit, Assigned a) {
        unit.post("/api/proposals/assignments/" + a.assignment + "/sign", null).expectStatus(204);
        unit.put(
                        "/api/proposals/assignments/" + a.assignment + "/reply",
                        Map.of(
                                "replyClass", "A",
                                "body", "答复正文",
                                "signingLeader", "领导",
                                "officer", "办理人",
                                "officerPhone", "0731-85601001"))
                .expectStatus(204);
        unit.post("/api/proposals/assignments/" + a.assignment + "/reply/submit", null)
                .expectStatus(204);
    }

    private Task signOffTask(long proposalId) {
        String instance =
                jdbc.queryForObject("SELECT process_instance_id FROM proposal WHERE id = ?", String.class, proposalId);
        return tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("unitLeaderApprove")
                .singleResult();
    }

    private static JsonNode itemOf(JsonNode todo, long proposalId) {
        for (JsonNode item : todo) {
            if (item.get("proposalId").asLong() == proposalId) {
                return item;
            }
        }
        throw new AssertionError("no todo item for proposal " + proposalId + ": " + todo);
    }

    private static String officers(long assignment) {
        return "/api/proposals/assignments/" + assignment + "/officers";
    }

    private static String officer(long assignment) {
        return "/api/proposals/assignments/" + assignment + "/officer";
    }

    private static void refused(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(chinese(response.detail())).as(response.body()).isTrue();
    }
}
