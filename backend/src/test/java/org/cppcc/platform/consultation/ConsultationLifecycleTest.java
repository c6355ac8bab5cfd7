package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.support.ApiClient;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** One matter through all six steps, through the HTTP API, as the residents, members, liaison and units do it. */
class ConsultationLifecycleTest extends ConsultationTestBase {

    @Autowired
    TaskService tasks;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void aMatterRunsThroughAllSixStepsAndThePublicSiteShowsIt() {
        String phone = newPhone();
        SiteClient resident = visitor();

        // 1 群众提事: online, with a photo, without an account.
        JsonNode raised = resident.postMultipart(
                        "/api/public/consultation/matters",
                        "matter",
                        matterForm(workstationId(QINGSHI), "大托新村村口交通拥堵", phone),
                        List.of(new SiteClient.FilePart("photos", "村口.png", "image/png", png(640, 480))))
                .expectStatus(201)
                .json();
        long id = raised.get("id").asLong();
        String code = raised.get("trackingCode").asString();
        assertThat(code).matches("[A-Z2-9]{10}");
        assertThat(state(id)).isEqualTo("RAISED");
        visitor().get("/api/public/consultation/matters/" + id).expectStatus(404);

        JsonNode tracked = resident.post(
                        "/api/public/consultation/track", Map.of("code", code.toLowerCase(), "phone", phone))
                .expectStatus(200)
                .json();
        assertThat(tracked.get("stateLabel").asString()).isEqualTo("待研判");
        assertThat(tracked.get("contactPhone").asString())
                .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(tracked.get("photos").size()).isEqualTo(1);

        // The duty member of the workstation triages it: take it to consultation.
        ApiClient member = staff("wy001");
        JsonNode today =
                member.get("/api/consultation/workbench").expectStatus(200).json();
        assertThat(today.get("toTriage").toString()).contains("大托新村村口交通拥堵");
        JsonNode triaged = member.post(
                        "/api/consultation/matters/" + id + "/triage",
                        Map.of("outcome", "CONSULT", "comment", "涉及多部门，提交协商议事"))
                .expectStatus(200)
                .json();
        assertThat(triaged.get("state").asString()).isEqualTo("DELIBERATING");
        assertThat(triaged.get("step").asInt()).isEqualTo(2);
        assertThat(visitor()
                        .get("/api/public/consultation/matters/" + id)
                        .expectStatus(200)
                        .json()
                        .get("stateLabel")
                        .asString())
                .isEqualTo("协商议事");

        // 2 协商议事: the liaison convenes a meeting and records its minutes.
        ApiClient liaison = staff("lly01");
        JsonNode scheduled = liaison.post(
                        "/api/consultation/matters/" + id + "/meetings", meeting(memberId("wy001"), unitId("zjj")))
                .expectStatus(201)
                .json();
        JsonNode meeting = scheduled.get("meetings").get(0);
        assertThat(meeting.get("participants").size()).isEqualTo(5);
        assertThat(meeting.get("participants").get(1).get("name").asString()).isEqualTo("区住房和城乡建设局");
        long meetingId = meeting.get("id").asLong();
        List<Map<String, Object>> attendance = meeting.get("participants")
                .valueStream()
                .map(p -> Map.<String, Object>of(
                        "participantId",
                        p.get("id").asLong(),
                        "attended",
                        true,
                        "opinion",
                        p.get("kindLabel").asString() + "：同意增设信号灯"))
                .toList();
        JsonNode held = liaison.post(
                        "/api/consultation/meetings/" + meetingId + "/minutes",
                        Map.of("minutes", "会议由联络员主持，各方充分发表意见。", "attendance", attendance))
                .expectStatus(200)
                .json();
        assertThat(held.get("state").asString()).isEqualTo("DECIDING");
        assertThat(held.get("meetings")
                        .get(0)
                        .get("participants")
                        .get(3)
                        .get("opinion")
                        .asString())
                .isEqualTo("居民代表：同意增设信号灯");

        // 3 研究定事: two actions for two units, due dates in working days.
        List<Long> actions = toDecided(id, liaison, "zjj", "cgj");
        JsonNode decided =
                liaison.get("/api/consultation/matters/" + id).expectStatus(200).json();
        assertThat(decided.get("state").asString()).isEqualTo("DECIDED");
        LocalDate due = LocalDate.parse(decided.get("decisions")
                .get(0)
                .get("actions")
                .get(0)
                .get("dueDate")
                .asString());
        assertThat(due).isEqualTo(calendar.addWorkingDays(LocalDate.now(ZoneId.of("Asia/Shanghai")), 10));
        JsonNode publicBefore = visitor()
                .get("/api/public/consultation/matters/" + id)
                .expectStatus(200)
                .json();
        assertThat(publicBefore.get("decisions").size()).isZero();
        assertThat(publicBefore.get("meetings").get(0).get("minutes").isNull()).isTrue();

        // 4 公开晒事
        JsonNode published = liaison.post("/api/consultation/matters/" + id + "/publish", null)
                .expectStatus(200)
                .json();
        assertThat(published.get("state").asString()).isEqualTo("IMPLEMENTING");
        JsonNode publicAfter = visitor()
                .get("/api/public/consultation/matters/" + id)
                .expectStatus(200)
                .json();
        assertThat(publicAfter.get("decisions").get(0).get("actions").size()).isEqualTo(2);
        assertThat(publicAfter.get("meetings").get(0).get("minutes").asString()).startsWith("会议由联络员主持");
        assertThat(publicAfter.has("contactPhone")
                        && !publicAfter.get("contactPhone").isNull())
                .isFalse();
        String processInstance = jdbc.queryForObject(
                "SELECT process_instance_id FROM consultation_matter WHERE id = ?", String.class, id);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstance)
                        .taskDefinitionKey("implementAction")
                        .count())
                .isEqualTo(2);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstance)
                        .taskDefinitionKey("implementAction")
                        .list()
                        .get(0)
                        .getDueDate())
                .isNotNull();

        // 5 共同办事: each unit reports on its own action, with a photo; an overdue action is marked.
        ApiClient zjj = staff("zjj");
        ApiClient cgj = staff("cgj");
        JsonNode zjjList = zjj.get("/api/consultation/actions?status=OPEN")
                .expectStatus(200)
                .json();
        assertThat(zjjList.get("items").valueStream().anyMatch(a -> a.get("id").asLong() == actions.get(0)))
                .isTrue();
        JsonNode searched = zjj.get(
                        "/api/consultation/actions?keyword=" + URLEncoder.encode("大托新村村口交通拥堵", StandardCharsets.UTF_8))
                .expectStatus(200)
                .json();
        assertThat(searched.get("items")
                        .valueStream()
                        .map(a -> a.get("matterTitle").asString()))
                .isNotEmpty()
                .allMatch(t -> t.equals("大托新村村口交通拥堵"));
        signedIn("zjj")
                .postMultipart(
                        "/api/consultation/actions/" + actions.get(0) + "/progress",
                        "report",
                        Map.of("percent", 50, "note", "信号灯已完成选址"),
                        List.of(new SiteClient.FilePart("photos", "site.jpg", "image/jpeg", jpeg(800, 600))))
                .expectStatus(200);
        jdbc.update(
                "UPDATE consultation_action SET due_date = ? WHERE id = ?",
                LocalDate.now().minusDays(3),
                actions.get(1));
        JsonNode overdue = visitor()
                .get("/api/public/consultation/matters/" + id)
                .expectStatus(200)
                .json()
                .get("decisions")
                .get(0)
                .get("actions");
        assertThat(overdue.get(1).get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get(0).get("progressPercent").asInt()).isEqualTo(50);
        assertThat(overdue.get(0).get("reports").get(0).get("photos").size()).isEqualTo(1);
        assertThat(cgj.get("/api/consultation/actions?status=OVERDUE")
                        .expectStatus(200)
                        .body())
                .contains("\"overdue\":true");

        resident.post(
                        "/api/public/consultation/matters/" + id + "/evaluations",
                        Map.of("phone", phone, "satisfaction", "SATISFIED"))
                .expectStatus(409);
        zjj.post(
                        "/api/consultation/actions/" + actions.get(0) + "/progress",
                        Map.of("percent", 100, "note", "信号灯已安装并投入使用"))
                .expectStatus(200);
        JsonNode lastDone = cgj.post(
                        "/api/consultation/actions/" + actions.get(1) + "/progress",
                        Map.of("percent", 100, "note", "斑马线已施划"))
                .expectStatus(200)
                .json();
        assertThat(lastDone.get("state").asString()).isEqualTo("EVALUATING");
        assertThat(lastDone.get("evaluationClosesOn").isNull()).isFalse();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstance)
                        .taskDefinitionKey("evaluate")
                        .singleResult()
                        .getDueDate())
                .isNotNull();

        // 6 大家评事: the raiser (code and phone), another resident with the link (unverified, shown apart) and a
        // member; one rating per phone.
        resident.post(
                        "/api/public/consultation/matters/" + id + "/evaluations",
                        Map.of(
                                "phone",
                                phone,
                                "trackingCode",
                                code,
                                "satisfaction",
                                "SATISFIED",
                                "comment",
                                "信号灯装好了，孩子上学安全多了"))
                .expectStatus(200);
        resident.post(
                        "/api/public/consultation/matters/" + id + "/evaluations",
                        Map.of("phone", phone, "trackingCode", code, "satisfaction", "UNSATISFIED"))
                .expectStatus(409);
        String neighbour = newPhone();
        visitor()
                .post(
                        "/api/public/consultation/matters/" + id + "/evaluations",
                        Map.of("phone", neighbour, "satisfaction", "BASICALLY_SATISFIED", "comment", "还需加强早高峰疏导"))
                .expectStatus(200);
        member.post("/api/consultation/matters/" + id + "/evaluations", Map.of("satisfaction", "SATISFIED"))
                .expectStatus(200);
        JsonNode evaluated = visitor()
                .get("/api/public/consultation/matters/" + id)
                .expectStatus(200)
                .json()
                .get("evaluation");
        assertThat(evaluated.get("total").asInt()).isEqualTo(2);
        assertThat(evaluated.get("satisfactionRate").asDouble()).isEqualTo(100.0);
        assertThat(evaluated.get("unverified").get("total").asInt()).isEqualTo(1);
        assertThat(evaluated.get("unverified").get("basicallySatisfied").asInt())
                .isEqualTo(1);
        assertThat(evaluated.toString())
                .contains("信号灯装好了，孩子上学安全多了")
                .contains("提事群众")
                .doesNotContain(phone)
                .doesNotContain(neighbour);

        JsonNode closed = liaison.post(
                        "/api/consultation/matters/" + id + "/conclusion",
                        Map.of("outcome", "CLOSE", "comment", "群众满意，办结"))
                .expectStatus(200)
                .json();
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(tasks.createTaskQuery().processInstanceId(processInstance).count())
                .isZero();

        List<String> steps = closed.get("history")
                .valueStream()
                .map(h -> h.get("action").asString())
                .toList();
        assertThat(steps)
                .containsExactly(
                        "RAISE",
                        "TRIAGE",
                        "SCHEDULE_MEETING",
                        "HOLD_MEETING",
                        "DECIDE",
                        "PUBLISH",
                        "REPORT_PROGRESS",
                        "COMPLETE_ACTION",
                        "COMPLETE_ACTION",
                        "OPEN_EVALUATION",
                        "EVALUATE",
                        "EVALUATE",
                        "EVALUATE",
                        "CONCLUDE");
        assertThat(closed.get("history").get(1).get("actorName").asString()).isNotBlank();
        assertThat(closed.get("history").get(1).get("createdAt").isNull()).isFalse();

        JsonNode district = visitor()
                .get("/api/public/consultation/district")
                .expectStatus(200)
                .json();
        assertThat(district.get("recentOutcomes")
                        .valueStream()
                        .anyMatch(m -> m.get("id").asLong() == id))
                .isTrue();
        JsonNode diagram = liaison.get("/api/consultation/matters/" + id + "/diagram")
                .expectStatus(200)
                .json();
        assertThat(diagram.get("bpmnXml").asString()).contains("bpmndi:BPMNDiagram");
        assertThat(diagram.get("completedActivityIds").toString()).contains("closed");
    }

    @Test
    void anUnsatisfiedMatterGoesBackToDeliberationForASecondRound() {
        String phone = newPhone();
        JsonNode raised = raise(QINGSHI, "天剑社区公厕异味重", phone);
        long id = raised.get("id").asLong();
        String code = raised.get("trackingCode").asString();
        List<Long> actions = toImplementing(id, "cgj");
        reportDone("cgj", actions.get(0));
        visitor()
                .post(
                        "/api/public/consultation/matters/" + id + "/evaluations",
                        Map.of("phone", phone, "trackingCode", code, "satisfaction", "UNSATISFIED", "comment", "异味依旧"))
                .expectStatus(200);
        ApiClient liaison = staff("lly01");
        liaison.post("/api/consultation/matters/" + id + "/conclusion", Map.of("outcome", "RECONSULT"))
                .expectStatus(400);
        JsonNode again = liaison.post(
                        "/api/consultation/matters/" + id + "/conclusion",
                        Map.of("outcome", "RECONSULT", "comment", "群众不满意，重新协商"))
                .expectStatus(200)
                .json();
        assertThat(again.get("state").asString()).isEqualTo("DELIBERATING");
        assertThat(again.get("roundNo").asInt()).isEqualTo(2);
        assertThat(again.get("evaluation").get("total").asInt()).isZero();

        toDeciding(id, liaison);
        List<Long> second = toDecided(id, liaison, "zjj");
        liaison.post("/api/consultation/matters/" + id + "/publish", null).expectStatus(200);
        reportDone("zjj", second.get(0));
        // The first round's rating does not block a second one from the same phone.
        visitor()
                .post(
                        "/api/public/consultation/matters/" + id + "/evaluations",
                        Map.of("phone", phone, "trackingCode", code, "satisfaction", "SATISFIED"))
                .expectStatus(200);
        JsonNode detail = visitor()
                .get("/api/public/consultation/matters/" + id)
                .expectStatus(200)
                .json();
        assertThat(detail.get("decisions").size()).isEqualTo(2);
        assertThat(detail.get("evaluation").get("ratings").size()).isEqualTo(2);
        assertThat(detail.get("evaluation").get("satisfactionRate").asDouble()).isEqualTo(100.0);
    }

    @Test
    void anUnsatisfiedMatterCanBecomeAMembersDraftProposal() {
        String phone = newPhone();
        JsonNode raised = raise(QINGSHI, "夜市噪音扰民", phone);
        long id = raised.get("id").asLong();
        List<Long> actions = toImplementing(id, "cgj");
        reportDone("cgj", actions.get(0));
        visitor()
                .post(
                        "/api/public/consultation/matters/" + id + "/evaluations",
                        Map.of(
                                "phone",
                                phone,
                                "trackingCode",
                                raised.get("trackingCode").asString(),
                                "satisfaction",
                                "UNSATISFIED"))
                .expectStatus(200);
        ApiClient liaison = staff("lly01");
        liaison.post("/api/consultation/matters/" + id + "/conclusion", Map.of("outcome", "PROPOSAL"))
                .expectStatus(400);
        JsonNode turned = liaison.post(
                        "/api/consultation/matters/" + id + "/conclusion",
                        Map.of("outcome", "PROPOSAL", "memberId", memberId("wy015"), "comment", "建议出台夜市管理办法"))
                .expectStatus(200)
                .json();
        assertThat(turned.get("state").asString()).isEqualTo("TO_PROPOSAL");
        long proposalId = turned.get("proposalId").asLong();
        JsonNode draft = staff("wy015")
                .get("/api/proposals/" + proposalId)
                .expectStatus(200)
                .json();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("title").asString()).isEqualTo("关于夜市噪音扰民的建议");
        assertThat(draft.get("suggestions").asString()).isEqualTo("建议出台夜市管理办法");
    }
}
