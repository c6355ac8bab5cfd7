package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Whose rating counts (大家评事), what an unsatisfied rating obliges the liaison to do, and that meetings are
 * recorded only once their time has come. Public ratings with made-up phone numbers are kept apart and never
 * move the official figure; a matter rated 不满意 is consulted again, turned into a proposal, or closed with a
 * reason the public page shows.
 */
class ConsultationRatingRulesTest extends ConsultationTestBase {

    private static final String PUBLIC_RATE = "/api/public/consultation/matters/";

    /** A new matter taken to its evaluation window; returns id and tracking code. */
    private JsonNode evaluating(String title, String phone) {
        JsonNode raised = raise(QINGSHI, title, phone);
        long id = raised.get("id").asLong();
        List<Long> actions = toImplementing(id, "cgj");
        reportDone("cgj", actions.get(0));
        assertThat(state(id)).isEqualTo("EVALUATING");
        return raised;
    }

    private static Map<String, Object> rating(String phone, String satisfaction, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("phone", phone);
        body.put("satisfaction", satisfaction);
        if (code != null) {
            body.put("trackingCode", code);
        }
        return body;
    }

    private JsonNode qingshiStats() {
        return visitor()
                .get("/api/public/consultation/workstations/" + workstationId(QINGSHI))
                .expectStatus(200)
                .json()
                .get("stats");
    }

    @Test
    void ratingsWithRandomPhonesAreShownApartAndNeverMoveTheOfficialFigure() {
        String phone = newPhone();
        JsonNode raised = evaluating("评价核实：健身器材损坏", phone);
        long id = raised.get("id").asLong();
        String code = raised.get("trackingCode").asString();

        // The raiser's phone alone is not enough, nor a wrong code: the raiser is known by code and phone.
        ApiClient.Response noCode =
                visitor().post(PUBLIC_RATE + id + "/evaluations", rating(phone, "UNSATISFIED", null));
        noCode.expectStatus(400);
        assertThat(noCode.fields()).containsExactly("trackingCode");
        visitor()
                .post(PUBLIC_RATE + id + "/evaluations", rating(newPhone(), "UNSATISFIED", code))
                .expectStatus(400);
        visitor()
                .post(PUBLIC_RATE + id + "/evaluations", rating(phone, "SATISFIED", code.toLowerCase()))
                .expectStatus(200);
        visitor()
                .post(PUBLIC_RATE + id + "/evaluations", rating(phone, "UNSATISFIED", code))
                .expectStatus(409);
        JsonNode statsBefore = qingshiStats();

        // Twelve "residents" from twelve addresses, each with a made-up phone, all 不满意.
        for (int i = 0; i < 12; i++) {
            visitor()
                    .post(PUBLIC_RATE + id + "/evaluations", rating(newPhone(), "UNSATISFIED", null))
                    .expectStatus(200);
        }

        JsonNode evaluation =
                visitor().get(PUBLIC_RATE + id).expectStatus(200).json().get("evaluation");
        assertThat(evaluation.get("total").asInt()).isEqualTo(1);
        assertThat(evaluation.get("satisfactionRate").asDouble()).isEqualTo(100.0);
        assertThat(evaluation.get("unsatisfiedVerdict").asBoolean()).isFalse();
        assertThat(evaluation.get("unverified").get("total").asInt()).isEqualTo(12);
        assertThat(evaluation.get("unverified").get("unsatisfied").asInt()).isEqualTo(12);
        assertThat(evaluation
                        .get("ratings")
                        .valueStream()
                        .filter(r -> !r.get("verified").asBoolean())
                        .count())
                .isEqualTo(12);
        assertThat(evaluation
                        .get("ratings")
                        .valueStream()
                        .filter(r -> r.get("verified").asBoolean())
                        .map(r -> r.get("evaluatorKind").asString())
                        .toList())
                .containsExactly("RAISER");

        JsonNode statsAfter = qingshiStats();
        assertThat(statsAfter.get("evaluations").asLong())
                .isEqualTo(statsBefore.get("evaluations").asLong());
        assertThat(statsAfter.get("satisfied").asLong())
                .isEqualTo(statsBefore.get("satisfied").asLong());
        assertThat(staff("lly01")
                        .get("/api/consultation/matters?keyword="
                                + URLEncoder.encode("评价核实：健身器材损坏", StandardCharsets.UTF_8))
                        .expectStatus(200)
                        .json()
                        .get("items")
                        .get(0)
                        .get("evaluations")
                        .asInt())
                .isEqualTo(1);

        // The official verdict is satisfied: the liaison may close without a reason.
        JsonNode closed = staff("lly01")
                .post("/api/consultation/matters/" + id + "/conclusion", Map.of("outcome", "CLOSE"))
                .expectStatus(200)
                .json();
        assertThat(closed.get("closedAgainstRatings").asBoolean()).isFalse();
    }

    @Test
    void aMatterRatedUnsatisfiedIsClosedOnlyWithAReasonThePublicPageShows() {
        String phone = newPhone();
        JsonNode raised = evaluating("评价后处理：排水沟堵塞", phone);
        long id = raised.get("id").asLong();
        visitor()
                .post(
                        PUBLIC_RATE + id + "/evaluations",
                        rating(phone, "UNSATISFIED", raised.get("trackingCode").asString()))
                .expectStatus(200);
        ApiClient liaison = staff("lly01");
        String conclusion = "/api/consultation/matters/" + id + "/conclusion";
        assertThat(liaison.get("/api/consultation/matters/" + id)
                        .expectStatus(200)
                        .json()
                        .get("evaluation")
                        .get("unsatisfiedVerdict")
                        .asBoolean())
                .isTrue();

        long historyBefore = historyCount(id);
        ApiClient.Response refused =
                liaison.post(conclusion, Map.of("outcome", "CLOSE")).expectStatus(400);
        assertThat(refused.fields()).containsExactly("comment");
        assertThat(refused.detail()).contains("重新协商").contains("转为委员提案");
        liaison.post(conclusion, Map.of("outcome", "CLOSE", "comment", "   ")).expectStatus(400);
        assertThat(state(id)).isEqualTo("EVALUATING");
        assertThat(historyCount(id)).isEqualTo(historyBefore);

        String reason = "排水沟已由市政全面疏通，群众不满意的是小区内部管网，属物业维修范围，已移交物业限期处理";
        liaison.post(conclusion, Map.of("outcome", "CLOSE", "comment", reason)).expectStatus(200);

        JsonNode shown = visitor().get(PUBLIC_RATE + id).expectStatus(200).json();
        assertThat(shown.get("state").asString()).isEqualTo("CLOSED");
        assertThat(shown.get("closedAgainstRatings").asBoolean()).isTrue();
        assertThat(shown.get("conclusionComment").asString()).isEqualTo(reason);
        JsonNode last = shown.get("history").get(shown.get("history").size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("CONCLUDE");
        assertThat(last.get("actorName").asString()).isNotBlank();
        assertThat(last.get("createdAt").isNull()).isFalse();
        assertThat(last.get("comment").asString()).contains("评价不满意").contains(reason);
    }

    @Test
    void minutesOfAMeetingStillToComeAreRefused() {
        long id = raisedMatter(QINGSHI, "会议时间：楼道堆物");
        ApiClient liaison = staff("lly01");
        toDeliberating(id, liaison);
        Map<String, Object> plan = new HashMap<>(meeting(memberId("wy001"), unitId("zjj")));
        plan.put("scheduledAt", LocalDate.now().plusDays(2).atTime(14, 30).toString());
        JsonNode detail = liaison.post("/api/consultation/matters/" + id + "/meetings", plan)
                .expectStatus(201)
                .json();
        long meetingId = detail.get("meetings").get(0).get("id").asLong();
        long historyBefore = historyCount(id);

        ApiClient.Response early = liaison.post(
                        "/api/consultation/meetings/" + meetingId + "/minutes", Map.of("minutes", "提前写好的纪要"))
                .expectStatus(409);
        assertThat(early.code()).isEqualTo("MEETING_NOT_YET_HELD");
        assertThat(early.detail()).contains("尚未到会议时间");
        assertThat(state(id)).isEqualTo("DELIBERATING");
        assertThat(historyCount(id)).isEqualTo(historyBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT minutes FROM consultation_meeting WHERE id = ?", String.class, meetingId))
                .isNull();
    }
}
