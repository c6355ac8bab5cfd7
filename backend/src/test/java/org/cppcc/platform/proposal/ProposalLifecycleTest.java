package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.assignmentOf;
import static org.cppcc.platform.proposal.ProposalFixtures.form;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A joint proposal from draft to two signed-for assignments, through the HTTP API. */
class ProposalLifecycleTest extends IntegrationTest {

    @Autowired
    TaskService tasks;

    @Test
    void jointProposalFromDraftToSignedAssignments() {
        ApiClient lead = loginAs("wy001");
        ApiClient cosigner = loginAs("wy002");
        ApiClient decliner = loginAs("wy003");
        ApiClient office = loginAs("tab01");
        ApiClient fgj = loginAs("fgj");
        ApiClient jyj = loginAs("jyj");
        ApiClient zjj = loginAs("zjj");

        JsonNode draft = lead.post(
                        "/api/proposals",
                        form(
                                ProposalFixtures.title("关于加快老旧小区加装电梯的建议"),
                                "JOINT",
                                List.of(memberId(jdbc, "wy002"), memberId(jdbc, "wy003"))))
                .expectStatus(201)
                .json();
        long id = draft.get("id").asLong();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        office.get("/api/proposals/" + id).expectStatus(404);
        cosigner.get("/api/proposals/" + id).expectStatus(404);

        assertThat(lead.post("/api/proposals/" + id + "/submit", null)
                        .expectStatus(200)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("COSIGNING");
        assertThat(cosigner.get("/api/proposals/todo").expectStatus(200).body()).contains("\"task\":\"COSIGN\"");
        cosigner.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true))
                .expectStatus(200);
        decliner.post("/api/proposals/" + id + "/cosign", Map.of("confirm", false))
                .expectStatus(200);
        cosigner.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true))
                .expectStatus(409);

        assertThat(lead.post("/api/proposals/" + id + "/submit-for-review", null)
                        .expectStatus(200)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("UNDER_REVIEW");

        JsonNode registered = office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200)
                .json();
        assertThat(registered.get("state").asString()).isEqualTo("ASSIGNMENT");
        assertThat(registered.get("proposalNumber").asInt()).isPositive();

        JsonNode assigned = office.post(
                        "/api/proposals/" + id + "/assign",
                        Map.of(
                                "mode",
                                "LEAD_AND_ASSISTING",
                                "leadUnitId",
                                unitId(jdbc, "FGJ"),
                                "assistingUnitIds",
                                List.of(unitId(jdbc, "JYJ"))))
                .expectStatus(200)
                .json();
        assertThat(assigned.get("state").asString()).isEqualTo("AWAITING_SIGN_OFF");
        long leadAssignment = assignmentOf(assigned, "区发展和改革局");
        long assistingAssignment = assignmentOf(assigned, "区教育局");

        fgj.post("/api/proposals/assignments/" + leadAssignment + "/sign", null).expectStatus(204);
        jyj.post("/api/proposals/assignments/" + leadAssignment + "/sign", null).expectStatus(404);
        jyj.post("/api/proposals/assignments/" + assistingAssignment + "/return-request", Map.of("reason", "不属于本单位职责"))
                .expectStatus(204);
        office.post(
                        "/api/proposals/assignments/" + assistingAssignment + "/return-decision",
                        Map.of("approve", true, "newUnitId", unitId(jdbc, "ZJJ"), "comment", "改由住建局会办"))
                .expectStatus(204);
        jyj.get("/api/proposals/" + id).expectStatus(404);

        JsonNode afterReturn = zjj.get("/api/proposals/" + id).expectStatus(200).json();
        long replacement = assignmentOf(afterReturn, "区住房和城乡建设局");
        zjj.post("/api/proposals/assignments/" + replacement + "/sign", null).expectStatus(204);

        JsonNode handling = lead.get("/api/proposals/" + id).expectStatus(200).json();
        assertThat(handling.get("state").asString()).isEqualTo("HANDLING");
        String processInstance =
                jdbc.queryForObject("SELECT process_instance_id FROM proposal WHERE id = ?", String.class, id);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstance)
                        .taskDefinitionKey("handle")
                        .count())
                .isEqualTo(2);

        List<String> actions = lead.get("/api/proposals/" + id + "/history")
                .expectStatus(200)
                .json()
                .valueStream()
                .map(e -> e.get("action").asString())
                .toList();
        assertThat(actions)
                .containsExactly(
                        "CREATE_DRAFT",
                        "INVITE_COSIGNERS",
                        "CONFIRM_COSIGN",
                        "DECLINE_COSIGN",
                        "SUBMIT_FOR_REVIEW",
                        "REGISTER",
                        "ASSIGN",
                        "SIGN_FOR",
                        "REQUEST_RETURN",
                        "APPROVE_RETURN",
                        "SIGN_FOR");

        JsonNode diagram =
                lead.get("/api/proposals/" + id + "/diagram").expectStatus(200).json();
        assertThat(diagram.get("bpmnXml").asString()).contains("bpmndi:BPMNDiagram");
        assertThat(diagram.get("activeActivityIds").toString()).contains("handle");
    }
}
