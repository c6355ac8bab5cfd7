package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.form;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A joint proposal after sign-off, through the HTTP API: contact, assisting opinion, consultation
 * meeting, extension, reply with countersign (refused once) and office check, one co-signer unsatisfied,
 * re-handling, a second reply, satisfied, closed, published and on the public page.
 */
class ProposalHandlingLifecycleTest extends IntegrationTest {

    @Test
    void fromSignOffToPublication() {
        ApiClient lead = loginAs("wy011");
        ApiClient cosigner = loginAs("wy012");
        ApiClient office = loginAs("tab01");
        ApiClient fgj = loginAs("fgj");
        ApiClient jyj = loginAs("jyj");
        String title = "关于完善社区食堂的建议" + System.nanoTime() % 100000;

        long id = lead.post("/api/proposals", form(title, "JOINT", List.of(memberId(jdbc, "wy012"))))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        lead.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        cosigner.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true))
                .expectStatus(200);
        lead.post("/api/proposals/" + id + "/submit-for-review", null).expectStatus(200);
        office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200);
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
        long leadA = assignment(assigned, "LEAD");
        long assistA = assignment(assigned, "ASSISTING");
        fgj.post("/api/proposals/assignments/" + leadA + "/sign", null).expectStatus(204);
        jyj.post("/api/proposals/assignments/" + assistA + "/sign", null).expectStatus(204);

        fgj.post(
                        "/api/proposals/assignments/" + leadA + "/contacts",
                        Map.of("contactDate", LocalDate.now().toString(), "way", "PHONE", "content", "电话联系提案人，了解诉求"))
                .expectStatus(204);
        fgj.post("/api/proposals/assignments/" + leadA + "/reply/submit", null).expectStatus(409);
        saveReply(fgj, leadA, "B");
        fgj.post("/api/proposals/assignments/" + leadA + "/reply/submit", null).expectStatus(409); // opinion missing
        jyj.post("/api/proposals/assignments/" + assistA + "/opinion", Map.of("content", "建议将社区食堂纳入民生实事"))
                .expectStatus(204);

        long meeting = office.post(
                        "/api/proposals/" + id + "/meetings",
                        Map.of(
                                "meetingTime",
                                "2026-11-20T09:30:00",
                                "place",
                                "区政协三楼会议室",
                                "chair",
                                "区政协副主席",
                                "inviteeMemberIds",
                                List.of(memberId(jdbc, "wy011")),
                                "inviteeUnitIds",
                                List.of(unitId(jdbc, "FGJ"), unitId(jdbc, "JYJ"))))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        assertThat(lead.get("/api/proposals/meetings/mine").expectStatus(200).body())
                .contains("区政协三楼会议室");
        office.post(
                        "/api/proposals/meetings/" + meeting + "/outcome",
                        Map.of("minutes", "与会各方就选址和补贴达成一致", "attendance", "提案人、区发改局、区教育局"))
                .expectStatus(204);

        long extension = fgj.post(
                        "/api/proposals/assignments/" + leadA + "/extensions",
                        Map.of("months", 1, "reason", "需等待年度预算批复"))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        office.post("/api/proposals/extensions/" + extension + "/decision", Map.of("approve", true))
                .expectStatus(204);

        fgj.post("/api/proposals/assignments/" + leadA + "/reply/submit", null).expectStatus(204);
        assertThat(state(lead, id)).isEqualTo("REPLY_REVIEW");
        assertThat(lead.get("/api/proposals/" + id + "/handling").json().get("replies"))
                .isEmpty();
        jyj.post("/api/proposals/assignments/" + assistA + "/countersign", Map.of("agree", false, "comment", "请补充资金来源"))
                .expectStatus(204);
        assertThat(state(lead, id)).isEqualTo("HANDLING");
        saveReply(fgj, leadA, "B");
        fgj.post("/api/proposals/assignments/" + leadA + "/reply/submit", null).expectStatus(204);
        jyj.post("/api/proposals/assignments/" + assistA + "/countersign", Map.of("agree", true))
                .expectStatus(204);
        fgj.post("/api/proposals/assignments/" + leadA + "/reply/approve", null).expectStatus(204);
        office.post("/api/proposals/assignments/" + leadA + "/reply/check", Map.of("approve", true, "finalClass", "B"))
                .expectStatus(204);
        assertThat(state(lead, id)).isEqualTo("AWAITING_EVALUATION");
        assertThat(lead.get("/api/proposals/" + id + "/handling").json().get("replies"))
                .hasSize(1);

        lead.post("/api/proposals/" + id + "/evaluations", evaluation("SATISFIED"))
                .expectStatus(204);
        lead.post("/api/proposals/" + id + "/evaluations", evaluation("SATISFIED"))
                .expectStatus(409);
        office.post("/api/proposals/" + id + "/after-evaluation", Map.of("decision", "CLOSE"))
                .expectStatus(409);
        cosigner.post("/api/proposals/" + id + "/evaluations", evaluation("UNSATISFIED"))
                .expectStatus(204);
        office.post("/api/proposals/" + id + "/after-evaluation", Map.of("decision", "REHANDLE", "comment", "请进一步落实"))
                .expectStatus(204);
        assertThat(state(lead, id)).isEqualTo("REHANDLING");

        JsonNode round2 = lead.get("/api/proposals/" + id).json();
        long leadB = assignment(round2, "LEAD", 2);
        long assistB = assignment(round2, "ASSISTING", 2);
        jyj.post("/api/proposals/assignments/" + assistB + "/opinion", Map.of("content", "已列入明年计划"))
                .expectStatus(204);
        saveReply(fgj, leadB, "A");
        fgj.post("/api/proposals/assignments/" + leadB + "/reply/submit", null).expectStatus(204);
        jyj.post("/api/proposals/assignments/" + assistB + "/countersign", Map.of("agree", true))
                .expectStatus(204);
        fgj.post("/api/proposals/assignments/" + leadB + "/reply/approve", null).expectStatus(204);
        office.post("/api/proposals/assignments/" + leadB + "/reply/check", Map.of("approve", true))
                .expectStatus(204);
        lead.post("/api/proposals/" + id + "/evaluations", evaluation("SATISFIED"))
                .expectStatus(204);
        cosigner.post("/api/proposals/" + id + "/evaluations", evaluation("BASICALLY_SATISFIED"))
                .expectStatus(204);
        office.post("/api/proposals/" + id + "/after-evaluation", Map.of("decision", "CLOSE"))
                .expectStatus(204);
        assertThat(state(lead, id)).isEqualTo("CLOSED");
        office.post("/api/proposals/" + id + "/publish", null).expectStatus(204);
        assertThat(state(lead, id)).isEqualTo("PUBLISHED");

        JsonNode published =
                anonymous().get("/api/public/proposals/" + id).expectStatus(200).json();
        assertThat(published.get("replies").get(0).get("replyClass").asString()).isEqualTo("A");
        assertThat(anonymous()
                        .get("/api/public/proposals?keyword=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);

        List<String> actions = lead.get("/api/proposals/" + id + "/history")
                .json()
                .valueStream()
                .map(e -> e.get("action").asString())
                .toList();
        assertThat(actions)
                .contains(
                        "RECORD_CONTACT",
                        "SEND_OPINION",
                        "SCHEDULE_MEETING",
                        "RECORD_MEETING",
                        "REQUEST_EXTENSION",
                        "APPROVE_EXTENSION",
                        "SUBMIT_REPLY",
                        "REFUSE_COUNTERSIGN",
                        "AGREE_COUNTERSIGN",
                        "APPROVE_REPLY",
                        "PASS_REPLY",
                        "EVALUATE",
                        "ORDER_REHANDLING",
                        "CLOSE",
                        "PUBLISH");
    }

    private static void saveReply(ApiClient unit, long assignmentId, String replyClass) {
        unit.put(
                        "/api/proposals/assignments/" + assignmentId + "/reply",
                        Map.of(
                                "replyClass",
                                replyClass,
                                "body",
                                "一、关于选址……二、关于补贴……",
                                "signingLeader",
                                "周建国",
                                "officer",
                                "王海燕",
                                "officerPhone",
                                "0731-85601001"))
                .expectStatus(204);
    }

    private static Map<String, Object> evaluation(String verdict) {
        return Map.of("contacted", true, "contactWay", "PHONE", "attitude", verdict, "result", verdict);
    }

    private static String state(ApiClient client, long id) {
        return client.get("/api/proposals/" + id)
                .expectStatus(200)
                .json()
                .get("state")
                .asString();
    }

    private static long assignment(JsonNode proposal, String role) {
        return assignment(proposal, role, 1);
    }

    private static long assignment(JsonNode proposal, String role, int round) {
        for (JsonNode a : proposal.get("assignments")) {
            if (a.get("unitRole").asString().equals(role)
                    && a.get("handlingRound").asInt() == round) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no " + role + " assignment in round " + round);
    }
}
