package org.cppcc.platform.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.cppcc.platform.proposal.ProposalFixtures;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The duty record reconciles: a new member is driven through proposals (led, co-signed, registered), a
 * pre-handling meeting, workstation duty, a triage, a reception, a consultation meeting and an activity with QR
 * sign-in; every entry and the points are checked, with a yearly cap, a rule change, the office's corrections and
 * who may see what.
 */
class DutyRecordTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QINGSHI = "青石街道智慧委员工作站";

    @Autowired
    Clock clock;

    @Test
    void theRecordFollowsWhatTheMemberDidAndThePointsFollowTheRules() throws Exception {
        ApiClient admin = loginAs("admin");
        ApiClient office = loginAs("tab01");
        ApiClient liaison = loginAs("lly01");
        long qingshi = jdbc.queryForObject("SELECT id FROM workstation WHERE name = ?", Long.class, QINGSHI);
        long sector = jdbc.queryForObject("SELECT MIN(id) FROM sector", Long.class);
        String committee = "履职测试专委会" + Unique.token();
        String username = Unique.username("duty");
        Map<String, Object> memberForm = new HashMap<>();
        memberForm.put("name", "履职委员" + Unique.token());
        memberForm.put("sectorId", sector);
        memberForm.put("level", "DISTRICT");
        memberForm.put("specialCommittee", committee);
        memberForm.put("workstationId", qingshi);
        memberForm.put("username", username);
        memberForm.put("password", DEMO_PASSWORD);
        long memberId = admin.post("/api/admin/members", memberForm)
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        ApiClient member = loginAs(username);
        ApiClient wy003 = loginAs("wy003");

        // Proposals: six led (5 points each, capped at 25 a year), one of them joint with wy003, registered and
        // given to a unit; one of wy003's co-signed.
        String ledTitle = ProposalFixtures.title("履职档案测试领衔提案");
        long led = member.post(
                        "/api/proposals",
                        ProposalFixtures.form(ledTitle, "JOINT", List.of(ProposalFixtures.memberId(jdbc, "wy003"))))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        member.post("/api/proposals/" + led + "/submit", null).expectStatus(200);
        wy003.post("/api/proposals/" + led + "/cosign", Map.of("confirm", true)).expectStatus(200);
        member.post("/api/proposals/" + led + "/submit-for-review", null).expectStatus(200);
        for (int i = 0; i < 5; i++) {
            ProposalFixtures.underReview(member, ProposalFixtures.title("履职档案测试个人提案" + i));
        }
        long cosigned = wy003.post(
                        "/api/proposals",
                        ProposalFixtures.form(ProposalFixtures.title("履职档案测试附议提案"), "JOINT", List.of(memberId)))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        wy003.post("/api/proposals/" + cosigned + "/submit", null).expectStatus(200);
        member.post("/api/proposals/" + cosigned + "/cosign", Map.of("confirm", true))
                .expectStatus(200);
        wy003.post("/api/proposals/" + cosigned + "/submit-for-review", null).expectStatus(200);
        office.post("/api/proposals/" + led + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200);
        office.post(
                        "/api/proposals/" + led + "/assign",
                        ProposalFixtures.leadPlan(ProposalFixtures.unitId(jdbc, "FGJ")))
                .expectStatus(200);
        long meeting = office.post(
                        "/api/proposals/" + led + "/meetings",
                        Map.of(
                                "meetingTime",
                                LocalDateTime.now(clock)
                                        .minusHours(2)
                                        .truncatedTo(ChronoUnit.MINUTES)
                                        .toString(),
                                "place",
                                "区政协三楼会议室",
                                "chair",
                                "区政协副主席",
                                "inviteeMemberIds",
                                List.of(memberId),
                                "inviteeUnitIds",
                                List.of()))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        awaitEvents();
        JsonNode pending =
                entries(member.get("/api/duty/my-record").expectStatus(200).json(), "PREHANDLING_MEETING");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("counted").asBoolean()).isFalse();
        office.post(
                        "/api/proposals/meetings/" + meeting + "/outcome",
                        Map.of("minutes", "与会各方就选址达成一致", "attendance", "提案人、区发改局"))
                .expectStatus(204);

        // Workstation: a duty today (the roster publishes no events: the office's resync takes it in), a matter
        // triaged on duty, a matter logged at a reception.
        liaison.post(
                        "/api/consultation/workstations/" + qingshi + "/roster",
                        Map.of(
                                "memberId",
                                memberId,
                                "dutyDate",
                                LocalDateTime.now(clock).toLocalDate().toString(),
                                "period",
                                "EVENING",
                                "kind",
                                "RECEPTION",
                                "note",
                                "履职测试值班"))
                .expectStatus(201);
        office.post("/api/duty/backfill", null).expectStatus(200);
        long raised = anonymous()
                .post("/api/public/consultation/matters", matter(qingshi, "履职测试：路灯不亮"))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        member.post("/api/consultation/matters/" + raised + "/triage", Map.of("outcome", "CONSULT"))
                .expectStatus(200);
        member.multipart(
                        "/api/consultation/matters",
                        List.of(new ApiClient.Part(
                                "matter",
                                null,
                                "application/json",
                                JSON.writeValueAsString(matter(qingshi, "履职测试：现场反映井盖松动"))
                                        .getBytes(StandardCharsets.UTF_8))))
                .expectStatus(201);

        // A consultation meeting the minutes mark them as attending.
        long matter = anonymous()
                .post("/api/public/consultation/matters", matter(qingshi, "履职测试：协商议事"))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        liaison.post("/api/consultation/matters/" + matter + "/triage", Map.of("outcome", "CONSULT"))
                .expectStatus(200);
        JsonNode detail = liaison.post(
                        "/api/consultation/matters/" + matter + "/meetings",
                        Map.of(
                                "topic",
                                "履职测试协商议事会",
                                "scheduledAt",
                                LocalDateTime.now(clock)
                                        .minusDays(1)
                                        .truncatedTo(ChronoUnit.MINUTES)
                                        .toString(),
                                "online",
                                false,
                                "place",
                                "青石街道便民服务中心",
                                "participants",
                                List.of(
                                        Map.of("kind", "MEMBER", "memberId", memberId),
                                        Map.of("kind", "UNIT", "unitId", ProposalFixtures.unitId(jdbc, "ZJJ")))))
                .expectStatus(201)
                .json();
        JsonNode held = detail.get("meetings").get(detail.get("meetings").size() - 1);
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (JsonNode p : held.get("participants")) {
            attendance.add(Map.of("participantId", p.get("id").asLong(), "attended", true));
        }
        liaison.post(
                        "/api/consultation/meetings/" + held.get("id").asLong() + "/minutes",
                        Map.of("minutes", "与会各方同意尽快施工。", "attendance", attendance))
                .expectStatus(200);

        // An inspection today: invited, answers, signs in with the code shown at the venue.
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        long activity = office.post(
                        "/api/duty/activities",
                        Map.of(
                                "kind",
                                "INSPECTION",
                                "title",
                                "视察老旧小区改造",
                                "place",
                                "青石街道",
                                "startsAt",
                                now.minusMinutes(10).toString(),
                                "endsAt",
                                now.plusHours(2).toString(),
                                "memberIds",
                                List.of(memberId)))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        member.post("/api/duty/activities/" + activity + "/answer", Map.of("attend", false))
                .expectStatus(400);
        member.post("/api/duty/activities/" + activity + "/answer", Map.of("attend", true))
                .expectStatus(204);
        JsonNode code = office.get("/api/duty/activities/" + activity + "/sign-in-code")
                .expectStatus(200)
                .json();
        assertThat(code.get("qrPng").asString()).startsWith("data:image/png;base64,");
        assertThat(code.get("url").asString()).contains("/duty/sign-in?activity=" + activity);
        String token = code.get("token").asString();
        member.post("/api/duty/activities/" + activity + "/sign-in", Map.of("token", token + "x"))
                .expectStatus(400);
        member.post(
                        "/api/duty/activities/" + activity + "/sign-in",
                        Map.of("token", token.replaceFirst("^\\d+", String.valueOf(activity + 1000))))
                .expectStatus(400);
        wy003.post("/api/duty/activities/" + activity + "/sign-in", Map.of("token", token))
                .expectStatus(403);
        member.post("/api/duty/activities/" + activity + "/sign-in", Map.of("token", token))
                .expectStatus(200);
        member.post("/api/duty/activities/" + activity + "/sign-in", Map.of("token", token))
                .expectStatus(200);
        JsonNode activityView =
                office.get("/api/duty/activities/" + activity).expectStatus(200).json();
        assertThat(activityView.get("signedIn").asInt()).isEqualTo(1);
        assertThat(activityView.get("attending").asInt()).isEqualTo(1);
        awaitEvents();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification n JOIN member m ON m.account_id = n.account_id "
                                + "WHERE m.id = ? AND n.category = 'DUTY' AND n.title = ?",
                        Long.class,
                        memberId,
                        "视察邀请：视察老旧小区改造"))
                .as("the invitation notice")
                .isEqualTo(1L);

        // Every entry, and the points: 25 (6 led, capped) + 2 co-signed + 3 registered + 2 pre-handling meeting +
        // 2 duty + 1 triage + 1 reception + 2 consultation meeting + 3 inspection = 41.
        awaitEvents();
        JsonNode record = member.get("/api/duty/my-record").expectStatus(200).json();
        assertThat(entries(record, "PROPOSAL_LED")).hasSize(6);
        assertThat(entries(record, "PROPOSAL_COSIGNED")).hasSize(1);
        assertThat(entries(record, "PROPOSAL_COSIGNED").get(0).get("title").asString())
                .contains("履职档案测试附议提案");
        assertThat(entries(record, "PROPOSAL_REGISTERED")).hasSize(1);
        assertThat(entries(record, "PREHANDLING_MEETING")).hasSize(1);
        assertThat(entries(record, "PREHANDLING_MEETING").get(0).get("counted").asBoolean())
                .isTrue();
        assertThat(entries(record, "WORKSTATION_DUTY")).hasSize(1);
        assertThat(entries(record, "MATTER_TRIAGED")).hasSize(1);
        assertThat(entries(record, "RECEPTION")).hasSize(1);
        assertThat(entries(record, "CONSULTATION_MEETING")).hasSize(1);
        assertThat(entries(record, "INSPECTION")).hasSize(1);
        assertThat(record.get("entries").size()).isEqualTo(14);
        assertThat(score(record, "PROPOSAL_LED").get("rawPoints").asInt()).isEqualTo(30);
        assertThat(score(record, "PROPOSAL_LED").get("points").asInt()).isEqualTo(25);
        assertThat(record.get("totalPoints").asInt()).isEqualTo(41);
        assertThat(record.get("specialCommittee").asString()).isEqualTo(committee);

        // Running the backfill again adds nothing: the listeners' and the backfill's source keys meet.
        office.post("/api/duty/backfill", null).expectStatus(200);
        assertThat(member.get("/api/duty/my-record")
                        .expectStatus(200)
                        .json()
                        .get("entries")
                        .size())
                .isEqualTo(14);

        // Who sees what: the member only their own, staff all, a unit nothing.
        long other = ProposalFixtures.memberId(jdbc, "wy003");
        member.get("/api/duty/members/" + other + "/record").expectStatus(403);
        member.get("/api/duty/members/" + memberId + "/record").expectStatus(403);
        member.get("/api/duty/rankings").expectStatus(403);
        loginAs("fgj").get("/api/duty/members/" + memberId + "/record").expectStatus(403);
        loginAs("fgj").get("/api/duty/my-record").expectStatus(403);
        assertThat(loginAs("ld01")
                        .get("/api/duty/members/" + memberId + "/record")
                        .expectStatus(200)
                        .json()
                        .get("totalPoints")
                        .asInt())
                .isEqualTo(41);

        // The yearly report: the member's own as PDF, any member's as Word for the office, none for a unit.
        ApiClient.Download pdf = member.download("/api/documents/duty-reports/mine");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        ApiClient.Download docx = office.download("/api/documents/duty-reports/members/" + memberId + "?format=docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(loginAs("fgj")
                        .download("/api/documents/duty-reports/members/" + memberId)
                        .status())
                .isEqualTo(403);

        // The office corrects: strikes out the reception (with a reason) and adds a speech at the plenary.
        long reception = entries(record, "RECEPTION").get(0).get("id").asLong();
        office.put("/api/duty/entries/" + reception, Map.of("voided", true, "reason", ""))
                .expectStatus(400);
        office.put("/api/duty/entries/" + reception, Map.of("voided", true, "reason", "重复登记"))
                .expectStatus(204);
        office.post(
                        "/api/duty/members/" + memberId + "/entries",
                        Map.of(
                                "kind",
                                "OTHER",
                                "occurredOn",
                                LocalDateTime.now(clock).toLocalDate().toString(),
                                "title",
                                "全会大会发言",
                                "points",
                                5,
                                "reason",
                                "大会发言材料补录"))
                .expectStatus(201);
        JsonNode history = office.get("/api/duty/entries/" + reception + "/history")
                .expectStatus(200)
                .json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("action").asString()).isEqualTo("VOIDED");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("重复登记");
        assertThat(points(member)).isEqualTo(41 - 1 + 5);

        // A rule change applies at once: led proposals 4 points each with a cap of 30 → 24 instead of 25.
        JsonNode rules = office.get("/api/duty/rules").expectStatus(200).json();
        JsonNode ledRule = rules.get("rules")
                .valueStream()
                .filter(r -> r.get("kind").asString().equals("PROPOSAL_LED"))
                .findFirst()
                .orElseThrow();
        assertThat(ledRule.get("points").asInt()).isEqualTo(5);
        assertThat(ledRule.get("yearlyCap").asInt()).isEqualTo(25);
        try {
            office.put("/api/duty/rules", Map.of("rules", List.of(rule("PROPOSAL_LED", 4, 30)), "reason", ""))
                    .expectStatus(400);
            member.put("/api/duty/rules", Map.of("rules", List.of(rule("PROPOSAL_LED", 4, 30)), "reason", "x"))
                    .expectStatus(403);
            office.put("/api/duty/rules", Map.of("rules", List.of(rule("PROPOSAL_LED", 4, 30)), "reason", "年度考核办法修订"))
                    .expectStatus(200);
            assertThat(points(member)).isEqualTo(45 - 25 + 24);
            JsonNode ranking = office.get("/api/duty/rankings?committee=" + committee)
                    .expectStatus(200)
                    .json();
            assertThat(ranking.get("members").size()).isEqualTo(1);
            assertThat(ranking.get("members").get(0).get("memberId").asLong()).isEqualTo(memberId);
            assertThat(ranking.get("members").get(0).get("points").asInt()).isEqualTo(44);
            assertThat(ranking.get("committees").toString()).contains(committee);
            assertThat(office.get("/api/duty/rules")
                            .expectStatus(200)
                            .json()
                            .get("history")
                            .get(0)
                            .get("reason")
                            .asString())
                    .isEqualTo("年度考核办法修订");
        } finally {
            office.put("/api/duty/rules", Map.of("rules", List.of(rule("PROPOSAL_LED", 5, 25)), "reason", "测试后恢复"))
                    .expectStatus(200);
        }
        assertThat(points(member)).isEqualTo(45);

        // The diary: text and a photo, re-encoded; the member's own only.
        member.multipart(
                        "/api/duty/my-diary",
                        List.of(
                                new ApiClient.Part(
                                        "entryDate",
                                        null,
                                        null,
                                        LocalDateTime.now(clock)
                                                .toLocalDate()
                                                .toString()
                                                .getBytes(StandardCharsets.UTF_8)),
                                new ApiClient.Part(
                                        "content", null, null, "今天视察了老旧小区改造。".getBytes(StandardCharsets.UTF_8)),
                                new ApiClient.Part("photos", "现场.png", "image/png", png())))
                .expectStatus(201);
        member.multipart(
                        "/api/duty/my-diary",
                        List.of(new ApiClient.Part("photos", "坏.png", "image/png", new byte[] {1, 2, 3})))
                .expectStatus(400);
        JsonNode diary = member.get("/api/duty/my-diary").expectStatus(200).json();
        assertThat(diary.size()).isEqualTo(1);
        long photo = diary.get(0).get("photoIds").get(0).asLong();
        assertThat(member.download("/api/duty/diary-photos/" + photo).status()).isEqualTo(200);
        assertThat(wy003.download("/api/duty/diary-photos/" + photo).status()).isEqualTo(403);
        assertThat(member.get("/api/duty/my-record")
                        .expectStatus(200)
                        .json()
                        .get("diaryCount")
                        .asInt())
                .isEqualTo(1);
    }

    private static Map<String, Object> rule(String kind, int points, Integer cap) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("kind", kind);
        rule.put("points", points);
        rule.put("yearlyCap", cap);
        return rule;
    }

    private static int points(ApiClient member) {
        return member.get("/api/duty/my-record")
                .expectStatus(200)
                .json()
                .get("totalPoints")
                .asInt();
    }

    private static Map<String, Object> matter(long workstationId, String title) {
        Map<String, Object> form = new HashMap<>();
        form.put("workstationId", workstationId);
        form.put("title", title);
        form.put("description", "小区夜间照明不足，居民出行不便，存在安全隐患，希望尽快维修。");
        form.put("place", "青石桥社区");
        form.put("contactPhone", "139" + String.format("%08d", (int) (Math.random() * 100_000_000)));
        return form;
    }

    @Test
    void aMembersOpinionReportCountsWhenSubmittedAdoptedAndInstructed() {
        ApiClient member = loginAs("wy037");
        ApiClient office = loginAs("tab01");
        String title = ProposalFixtures.title("履职档案社情民意");
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", title);
        draft.put("category", "SOCIETY");
        draft.put("content", "背街小巷路灯损坏较多，夜间出行不便，建议集中排查维修。");
        draft.put("coAuthorMemberIds", List.of());
        long report = member.post("/api/opinion/reports", draft)
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        member.post("/api/opinion/reports/" + report + "/submission", null).expectStatus(200);
        office.post("/api/opinion/reports/" + report + "/decision", Map.of("adopt", true))
                .expectStatus(200);
        String today = LocalDateTime.now(clock).toLocalDate().toString();
        office.post(
                        "/api/opinion/reports/" + report + "/instructions",
                        Map.of("leader", "区长", "instructedOn", today, "text", "请城管局落实"))
                .expectStatus(201);
        awaitEvents();

        JsonNode record = member.get("/api/duty/my-record").expectStatus(200).json();
        for (String kind : List.of("OPINION_SUBMITTED", "OPINION_ADOPTED", "OPINION_INSTRUCTED")) {
            assertThat(entries(record, kind)
                            .valueStream()
                            .filter(e -> e.get("title").asString().contains(title))
                            .count())
                    .as(kind)
                    .isEqualTo(1);
        }
    }

    private static JsonNode entries(JsonNode record, String kind) {
        List<JsonNode> list = record.get("entries")
                .valueStream()
                .filter(e -> e.get("kind").asString().equals(kind))
                .toList();
        return JSON.valueToTree(list);
    }

    private static JsonNode score(JsonNode record, String kind) {
        return record.get("scores")
                .valueStream()
                .filter(s -> s.get("kind").asString().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
