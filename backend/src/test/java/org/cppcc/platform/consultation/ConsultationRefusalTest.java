package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cppcc.platform.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What is refused: steps out of order (409), bad input (400 naming the field), hostile text. Nothing
 * changes on a refusal: the state, the history and the rows stay as they were.
 */
class ConsultationRefusalTest extends ConsultationTestBase {

    private void refused(ApiClient client, String path, Object body, int status, long matterId) {
        refused(() -> client.post(path, body), status, matterId);
    }

    private void refused(SiteClient client, String path, Object body, int status, long matterId) {
        refused(() -> client.post(path, body), status, matterId);
    }

    private void refused(Supplier<ApiClient.Response> call, int status, long matterId) {
        String stateBefore = state(matterId);
        long historyBefore = historyCount(matterId);
        long decisionsBefore = count("consultation_decision");
        long evaluationsBefore = count("consultation_evaluation");
        call.get().expectStatus(status);
        assertThat(state(matterId)).isEqualTo(stateBefore);
        assertThat(historyCount(matterId)).isEqualTo(historyBefore);
        assertThat(count("consultation_decision")).isEqualTo(decisionsBefore);
        assertThat(count("consultation_evaluation")).isEqualTo(evaluationsBefore);
    }

    @Test
    void stepsOutOfOrderAreRefusedWithAConflict() {
        String phone = newPhone();
        long id = raise(QINGSHI, "顺序校验：广场地砖破损", phone).get("id").asLong();
        ApiClient liaison = staff("lly01");
        String base = "/api/consultation/matters/" + id;
        Map<String, Object> decision = Map.of(
                "summary",
                "修复地砖",
                "actions",
                List.of(Map.of("content", "修复", "unitId", unitId("cgj"), "workingDays", 5)));

        refused(liaison, base + "/meetings", meeting(memberId("wy001"), unitId("zjj")), 409, id);
        refused(liaison, base + "/publish", null, 409, id);
        toDeliberating(id, liaison);
        refused(liaison, base + "/triage", Map.of("outcome", "CONSULT"), 409, id);
        ApiClient.Response early = liaison.post(base + "/publish", null).expectStatus(409);
        assertThat(early.code()).isEqualTo("STATE_CONFLICT");
        assertThat(early.detail()).isEqualTo("尚未形成协商结果，不能公开");
        refused(liaison, base + "/decision", decision, 409, id);
        long meetingId = toDeciding(id, liaison);
        refused(liaison, "/api/consultation/meetings/" + meetingId + "/minutes", Map.of("minutes", "再记一次"), 409, id);
        refused(liaison, base + "/publish", null, 409, id);
        List<Long> actions = toDecided(id, liaison, "cgj");
        refused(liaison, base + "/decision", decision, 409, id);
        refused(
                staff("cgj"),
                "/api/consultation/actions/" + actions.get(0) + "/progress",
                Map.of("percent", 10, "note", "尚未公开"),
                409,
                id);
        liaison.post(base + "/publish", null).expectStatus(200);
        refused(liaison, base + "/publish", null, 409, id);

        // Evaluation waits until every action is done.
        ApiClient.Response tooEarly = visitor()
                .post(
                        "/api/public/consultation/matters/" + id + "/evaluations",
                        Map.of("phone", phone, "satisfaction", "SATISFIED"))
                .expectStatus(409);
        assertThat(tooEarly.detail()).isEqualTo("办理措施尚未全部完成，暂不能评价");
        refused(staff("wy001"), base + "/evaluations", Map.of("satisfaction", "SATISFIED"), 409, id);
        refused(liaison, base + "/conclusion", Map.of("outcome", "CLOSE"), 409, id);

        ApiClient cgj = staff("cgj");
        cgj.post("/api/consultation/actions/" + actions.get(0) + "/progress", Map.of("percent", 60, "note", "过半"))
                .expectStatus(200);
        ApiClient.Response backwards = cgj.post(
                        "/api/consultation/actions/" + actions.get(0) + "/progress",
                        Map.of("percent", 40, "note", "倒退"))
                .expectStatus(400);
        assertThat(backwards.fields()).containsExactly("percent");
        reportDone("cgj", actions.get(0));
        refused(
                cgj,
                "/api/consultation/actions/" + actions.get(0) + "/progress",
                Map.of("percent", 100, "note", "再报"),
                409,
                id);

        // The window closes: no more ratings.
        jdbc.update(
                "UPDATE consultation_matter SET evaluation_closes_on = ? WHERE id = ?",
                LocalDate.now().minusDays(2),
                id);
        refused(
                visitor(),
                "/api/public/consultation/matters/" + id + "/evaluations",
                Map.of("phone", phone, "satisfaction", "SATISFIED"),
                409,
                id);
        liaison.post(base + "/conclusion", Map.of("outcome", "CLOSE")).expectStatus(200);
        refused(staff("wy001"), base + "/evaluations", Map.of("satisfaction", "SATISFIED"), 409, id);
        refused(liaison, base + "/conclusion", Map.of("outcome", "CLOSE"), 409, id);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        SiteClient site = visitor();
        long qingshi = workstationId(QINGSHI);
        long matters = count("consultation_matter");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("title", "");
        cases.put("description", null);
        cases.put("place", " ");
        cases.put("contactPhone", "0731-1234");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Map<String, Object> form = new HashMap<>(matterForm(qingshi, "字段校验", newPhone()));
            form.put(c.getKey(), c.getValue());
            ApiClient.Response response =
                    site.post("/api/public/consultation/matters", form).expectStatus(400);
            assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(response.fields()).containsExactly(c.getKey());
        }
        Map<String, Object> tooLong = new HashMap<>(matterForm(qingshi, "长".repeat(51), newPhone()));
        assertThat(site.post("/api/public/consultation/matters", tooLong)
                        .expectStatus(400)
                        .detail())
                .contains("50");
        assertThat(site.post("/api/public/consultation/matters", matterForm(999_999, "不存在的工作站", newPhone()))
                        .expectStatus(400)
                        .fields())
                .containsExactly("workstationId");
        assertThat(site.post("/api/public/consultation/matters", "{\"title\": ")
                        .expectStatus(400)
                        .code())
                .isEqualTo("MALFORMED_REQUEST");
        assertThat(count("consultation_matter")).isEqualTo(matters);

        long id = raisedMatter(QINGSHI, "字段校验：会议与定事");
        ApiClient liaison = staff("lly01");
        toDeliberating(id, liaison);
        String meetings = "/api/consultation/matters/" + id + "/meetings";
        long meetingsBefore = count("consultation_meeting");
        assertThat(liaison.post(
                                meetings,
                                Map.of(
                                        "topic",
                                        "议题",
                                        "scheduledAt",
                                        "2026-12-01T09:00:00",
                                        "online",
                                        false,
                                        "place",
                                        "会议室",
                                        "participants",
                                        List.of()))
                        .expectStatus(400)
                        .fields())
                .containsExactly("participants");
        assertThat(liaison.post(
                                meetings,
                                Map.of(
                                        "topic",
                                        "议题",
                                        "scheduledAt",
                                        "2026-12-01T09:00:00",
                                        "online",
                                        false,
                                        "participants",
                                        List.of(Map.of("kind", "EXPERT", "name", "专家"))))
                        .expectStatus(400)
                        .fields())
                .containsExactly("place");
        assertThat(liaison.post(
                                meetings,
                                Map.of(
                                        "topic",
                                        "议题",
                                        "scheduledAt",
                                        "2026-12-01T09:00:00",
                                        "online",
                                        true,
                                        "participants",
                                        List.of(Map.of("kind", "MEMBER"))))
                        .expectStatus(400)
                        .fields())
                .containsExactly("participants[0].memberId");
        assertThat(liaison.post(
                                meetings,
                                Map.of(
                                        "topic",
                                        "议题",
                                        "scheduledAt",
                                        "2026-12-01T09:00:00",
                                        "online",
                                        true,
                                        "participants",
                                        List.of(Map.of("kind", "SUBDISTRICT_OFFICE", "unitId", unitId("zjj")))))
                        .expectStatus(400)
                        .fields())
                .containsExactly("participants[0].unitId");
        assertThat(liaison.post(
                                meetings,
                                Map.of(
                                        "topic",
                                        "议题",
                                        "scheduledAt",
                                        "下周一",
                                        "online",
                                        true,
                                        "participants",
                                        List.of(Map.of("kind", "EXPERT", "name", "专家"))))
                        .expectStatus(400)
                        .fields())
                .containsExactly("scheduledAt");
        assertThat(count("consultation_meeting")).isEqualTo(meetingsBefore);
        toDeciding(id, liaison);
        assertThat(count("consultation_meeting")).isEqualTo(meetingsBefore + 1);

        String decision = "/api/consultation/matters/" + id + "/decision";
        assertThat(liaison.post(decision, Map.of("summary", "结果", "actions", List.of()))
                        .expectStatus(400)
                        .fields())
                .containsExactly("actions");
        assertThat(liaison.post(
                                decision,
                                Map.of(
                                        "summary",
                                        "结果",
                                        "actions",
                                        List.of(Map.of("content", "措施", "unitId", unitId("cgj"), "workingDays", 0))))
                        .expectStatus(400)
                        .fields())
                .containsExactly("actions[0].workingDays");
        assertThat(liaison.post(
                                decision,
                                Map.of(
                                        "summary",
                                        "结果",
                                        "actions",
                                        List.of(Map.of("content", "措施", "unitId", 999_999, "workingDays", 5))))
                        .expectStatus(400)
                        .fields())
                .containsExactly("actions[0].unitId");
        assertThat(state(id)).isEqualTo("DECIDING");

        List<Long> actions = toDecided(id, liaison, "cgj");
        liaison.post("/api/consultation/matters/" + id + "/publish", null).expectStatus(200);
        assertThat(staff("cgj")
                        .post(
                                "/api/consultation/actions/" + actions.get(0) + "/progress",
                                Map.of("percent", 120, "note", "超过"))
                        .expectStatus(400)
                        .fields())
                .containsExactly("percent");
        assertThat(visitor()
                        .post(
                                "/api/public/consultation/matters/" + id + "/evaluations",
                                Map.of("phone", newPhone(), "satisfaction", "GREAT"))
                        .expectStatus(400)
                        .fields())
                .containsExactly("satisfaction");
        assertThat(staff("cgj")
                        .get("/api/consultation/actions?status=LATE")
                        .expectStatus(400)
                        .fields())
                .containsExactly("status");
    }

    @Test
    void markupIsRefusedAndEverythingElseIsKeptAsTyped() {
        SiteClient site = visitor();
        long qingshi = workstationId(QINGSHI);
        for (String hostile :
                List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)")) {
            Map<String, Object> form = new HashMap<>(matterForm(qingshi, "标记校验", newPhone()));
            form.put("description", hostile);
            assertThat(site.post("/api/public/consultation/matters", form)
                            .expectStatus(400)
                            .fields())
                    .containsExactly("description");
        }
        String title = "O'Brien\"; DROP TABLE consultation_matter; --";
        String description = "价格 < 10 元 & 50% 以上 _下划线_ \\反斜杠 😀 “引号”";
        String phone = newPhone();
        Map<String, Object> form = new HashMap<>(matterForm(qingshi, title, phone));
        form.put("description", description);
        JsonNode raised = site.post("/api/public/consultation/matters", form)
                .expectStatus(201)
                .json();
        JsonNode tracked = site.post(
                        "/api/public/consultation/track",
                        Map.of("code", raised.get("trackingCode").asString(), "phone", phone))
                .expectStatus(200)
                .json();
        assertThat(tracked.get("title").asString()).isEqualTo(title);
        assertThat(tracked.get("description").asString()).isEqualTo(description);
        toDeliberating(raised.get("id").asLong(), staff("lly01"));
        JsonNode found = visitor()
                .get("/api/public/consultation/matters?keyword="
                        + URLEncoder.encode("DROP TABLE", StandardCharsets.UTF_8))
                .expectStatus(200)
                .json();
        assertThat(found.get("items").valueStream().map(m -> m.get("title").asString()))
                .contains(title);
        JsonNode percent = visitor()
                .get("/api/public/consultation/matters?keyword=%25")
                .expectStatus(200)
                .json();
        assertThat(percent.get("items").valueStream().map(m -> m.get("title").asString()))
                .contains(title);
    }
}
