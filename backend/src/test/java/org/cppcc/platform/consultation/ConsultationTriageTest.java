package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Step 1's triage outcomes, and matters logged at a reception by duty staff. */
class ConsultationTriageTest extends ConsultationTestBase {

    @Test
    void answeringDirectlyNeedsTheAnswerAndShowsItPublicly() {
        String phone = newPhone();
        JsonNode raised = raise(QINGSHI, "楼道灯坏了找谁修", phone);
        long id = raised.get("id").asLong();
        ApiClient liaison = staff("lly01");
        long before = historyCount(id);
        ApiClient.Response missing = liaison.post(
                        "/api/consultation/matters/" + id + "/triage", Map.of("outcome", "ANSWER"))
                .expectStatus(400);
        assertThat(missing.fields()).containsExactly("comment");
        assertThat(state(id)).isEqualTo("RAISED");
        assertThat(historyCount(id)).isEqualTo(before);

        JsonNode answered = liaison.post(
                        "/api/consultation/matters/" + id + "/triage",
                        Map.of("outcome", "ANSWER", "comment", "已转物业，三日内维修。"))
                .expectStatus(200)
                .json();
        assertThat(answered.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("finished").asBoolean()).isTrue();
        JsonNode shown = visitor()
                .get("/api/public/consultation/matters/" + id)
                .expectStatus(200)
                .json();
        assertThat(shown.get("triageComment").asString()).isEqualTo("已转物业，三日内维修。");
        assertThat(shown.get("triageOutcomeLabel").asString()).isEqualTo("直接答复");
        JsonNode tracked = visitor()
                .post(
                        "/api/public/consultation/track",
                        Map.of("code", raised.get("trackingCode").asString(), "phone", phone))
                .expectStatus(200)
                .json();
        assertThat(tracked.get("stateLabel").asString()).isEqualTo("已直接答复");
    }

    @Test
    void aPublicOpinionReportEndsTheMatterAtTriage() {
        long id = raisedMatter(QINGSHI, "建议增开夜班公交");
        JsonNode done = staff("wy043")
                .post(
                        "/api/consultation/matters/" + id + "/triage",
                        Map.of("outcome", "PUBLIC_OPINION", "comment", "整理为社情民意信息报送"))
                .expectStatus(200)
                .json();
        assertThat(done.get("state").asString()).isEqualTo("TO_PUBLIC_OPINION");
        assertThat(done.get("history").get(1).get("actorRole").asString()).isEqualTo("政协委员");

        // The 社情民意 module receives it: a report with the matter linked, the member on duty as its author.
        awaitEvents();
        JsonNode report = loginAs("tab01")
                .get("/api/opinion/reports/"
                        + jdbc.queryForObject(
                                "SELECT id FROM opinion_report WHERE source = 'MATTER' AND source_id = ?",
                                Long.class,
                                id))
                .expectStatus(200)
                .json();
        assertThat(report.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(report.get("sourceId").asLong()).isEqualTo(id);
        assertThat(report.get("title").asString()).contains("建议增开夜班公交");
        assertThat(report.get("content").asString()).contains("整理为社情民意信息报送");
        assertThat(report.get("authors").get(0).get("memberId").asLong()).isEqualTo(memberId("wy043"));
    }

    @Test
    void aMatterBecomesTheDraftProposalOfTheChosenMember() {
        long id = raisedMatter(QINGSHI, "社区缺少托育机构");
        ApiClient member = staff("wy029");
        ApiClient.Response unknown = member.post(
                        "/api/consultation/matters/" + id + "/triage",
                        Map.of("outcome", "PROPOSAL", "memberId", 999_999))
                .expectStatus(400);
        assertThat(unknown.fields()).containsExactly("memberId");
        assertThat(state(id)).isEqualTo("RAISED");

        JsonNode turned = member.post(
                        "/api/consultation/matters/" + id + "/triage",
                        Map.of("outcome", "PROPOSAL", "memberId", memberId("wy029")))
                .expectStatus(200)
                .json();
        assertThat(turned.get("state").asString()).isEqualTo("TO_PROPOSAL");
        assertThat(turned.get("proposalMemberName").isNull()).isFalse();
        long proposalId = turned.get("proposalId").asLong();
        JsonNode draft =
                member.get("/api/proposals/" + proposalId).expectStatus(200).json();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("title").asString()).isEqualTo("关于社区缺少托育机构的建议");
        assertThat(draft.get("situation").asString()).contains("青石街道智慧委员工作站").contains("大托新村村口");
        staff("wy001").get("/api/proposals/" + proposalId).expectStatus(404);
    }

    @Test
    void mergingJoinsAnOpenMatterOfTheSameWorkstationOnly() {
        long target = raisedMatter(QINGSHI, "小区门口路面塌陷");
        toDeliberating(target, staff("lly01"));
        long other = raisedMatter(GUIHUA, "桂花路路面塌陷");
        long id = raisedMatter(QINGSHI, "门口路面塌陷又反映一次");
        ApiClient liaison = staff("lly01");
        for (Object bad : List.of(other, id, 999_999L)) {
            ApiClient.Response refused = liaison.post(
                            "/api/consultation/matters/" + id + "/triage",
                            Map.of("outcome", "MERGE", "mergeIntoId", bad))
                    .expectStatus(400);
            assertThat(refused.fields()).containsExactly("mergeIntoId");
        }
        liaison.post("/api/consultation/matters/" + id + "/triage", Map.of("outcome", "MERGE"))
                .expectStatus(400);
        assertThat(state(id)).isEqualTo("RAISED");

        JsonNode merged = liaison.post(
                        "/api/consultation/matters/" + id + "/triage",
                        Map.of("outcome", "MERGE", "mergeIntoId", target))
                .expectStatus(200)
                .json();
        assertThat(merged.get("state").asString()).isEqualTo("MERGED");
        assertThat(merged.get("mergedInto").get("id").asLong()).isEqualTo(target);
        JsonNode targetDetail = visitor()
                .get("/api/public/consultation/matters/" + target)
                .expectStatus(200)
                .json();
        assertThat(targetDetail.get("mergedFrom").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(targetDetail
                        .get("history")
                        .valueStream()
                        .map(h -> h.get("action").asString()))
                .contains("RECEIVE_MERGED");
    }

    @Test
    void aDeclinedMatterNeedsAReasonAndStaysOffThePublicSite() {
        String phone = newPhone();
        JsonNode raised = raise(QINGSHI, "邻居家的狗半夜叫", phone);
        long id = raised.get("id").asLong();
        ApiClient liaison = staff("lly01");
        assertThat(liaison.post(
                                "/api/consultation/matters/" + id + "/triage",
                                Map.of("outcome", "DECLINE", "comment", "  "))
                        .expectStatus(400)
                        .fields())
                .containsExactly("comment");
        liaison.post(
                        "/api/consultation/matters/" + id + "/triage",
                        Map.of("outcome", "DECLINE", "comment", "属于邻里纠纷，请联系社区调解委员会"))
                .expectStatus(200);
        visitor().get("/api/public/consultation/matters/" + id).expectStatus(404);
        assertThat(visitor()
                        .get("/api/public/consultation/matters?keyword="
                                + URLEncoder.encode("邻居家的狗", StandardCharsets.UTF_8))
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        JsonNode tracked = visitor()
                .post(
                        "/api/public/consultation/track",
                        Map.of("code", raised.get("trackingCode").asString(), "phone", phone))
                .expectStatus(200)
                .json();
        assertThat(tracked.get("state").asString()).isEqualTo("DECLINED");
        assertThat(tracked.get("triageComment").asString()).isEqualTo("属于邻里纠纷，请联系社区调解委员会");
    }

    @Test
    void trackingNeedsTheRightCodeAndPhone() {
        String phone = newPhone();
        JsonNode raised = raise(QINGSHI, "跟踪码核对", phone);
        SiteClient site = visitor();
        site.post(
                        "/api/public/consultation/track",
                        Map.of("code", raised.get("trackingCode").asString(), "phone", newPhone()))
                .expectStatus(404);
        site.post("/api/public/consultation/track", Map.of("code", "ABCDEFGHJK", "phone", phone))
                .expectStatus(404);
        assertThat(site.post("/api/public/consultation/track", Map.of("code", "ABCDEFGHJK", "phone", "123"))
                        .expectStatus(400)
                        .fields())
                .containsExactly("phone");
    }

    @Test
    void dutyStaffLogAMatterRaisedAtReceptionAtTheirOwnWorkstationOnly() {
        long qingshi = workstationId(QINGSHI);
        SiteClient member = signedIn("wy015");
        JsonNode logged = member.postMultipart(
                        "/api/consultation/matters",
                        "matter",
                        matterForm(qingshi, "现场反映：小区路灯不亮", newPhone()),
                        List.of(new SiteClient.FilePart("photos", "灯.jpg", "image/jpeg", jpeg(320, 240))))
                .expectStatus(201)
                .json();
        long id = logged.get("id").asLong();
        JsonNode detail = staff("lly01")
                .get("/api/consultation/matters/" + id)
                .expectStatus(200)
                .json();
        assertThat(detail.get("channel").asString()).isEqualTo("RECEPTION");
        assertThat(detail.get("photos").size()).isEqualTo(1);
        assertThat(detail.get("history").get(0).get("action").asString()).isEqualTo("LOG_RECEPTION");
        assertThat(detail.get("history").get(0).get("actorName").asString()).isNotEqualTo("群众");

        long matters = count("consultation_matter");
        staff("wy002")
                .post("/api/consultation/matters", matterForm(qingshi, "不是本站委员", newPhone()))
                .expectStatus(403);
        staff("lly01")
                .post("/api/consultation/matters", matterForm(workstationId(GUIHUA), "不是本站联络员", newPhone()))
                .expectStatus(403);
        staff("lly01")
                .post("/api/consultation/matters", matterForm(qingshi, "联络员现场登记", newPhone()))
                .expectStatus(201);
        assertThat(count("consultation_matter")).isEqualTo(matters + 1);
    }

    @Test
    void aSignedInResidentFollowsTheirMattersFromTheirAccount() {
        SiteClient jm01 = signedIn("jm01");
        JsonNode raised = jm01.post(
                        "/api/public/consultation/matters",
                        matterForm(workstationId(QINGSHI), "账户提事：小区健身器材缺", newPhone()))
                .expectStatus(201)
                .json();
        JsonNode mine =
                jm01.get("/api/consultation/matters?size=100").expectStatus(200).json();
        assertThat(mine.get("items").valueStream().map(m -> m.get("id").asLong()))
                .contains(raised.get("id").asLong());
        JsonNode detail = jm01.get(
                        "/api/consultation/matters/" + raised.get("id").asLong())
                .expectStatus(200)
                .json();
        assertThat(detail.get("trackingCode").asString())
                .isEqualTo(raised.get("trackingCode").asString());
        assertThat(detail.get("history").get(0).get("actorRole").asString()).isEqualTo("群众");
    }
}
