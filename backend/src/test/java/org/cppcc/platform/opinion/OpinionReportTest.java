package org.cppcc.platform.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.accountId;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.underReview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cppcc.platform.opinion.events.OpinionReportEvent;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** 社情民意 reports through the HTTP API: a member's report from draft to instruction, the rules, and conversions. */
class OpinionReportTest extends IntegrationTest {

    @Autowired
    OpinionFigures figures;

    private static Map<String, Object> draft(String title, List<Long> coAuthors) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("category", "SOCIETY");
        form.put("content", "老旧小区加装电梯推进缓慢，居民意见较大，建议简化审批流程。");
        form.put("coAuthorMemberIds", coAuthors);
        return form;
    }

    private long submitted(ApiClient member, String title, List<Long> coAuthors) {
        long id = member.post("/api/opinion/reports", draft(title, coAuthors))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        member.post("/api/opinion/reports/" + id + "/submission", null).expectStatus(200);
        return id;
    }

    @Test
    void aMemberReportIsAdoptedSentUpwardInstructedAndTheAuthorsSeeEachStep() {
        int year = LocalDate.now().getYear();
        long before = figures.byMember(year).stream()
                .filter(m -> m.memberId() == memberId(jdbc, "wy012"))
                .mapToLong(m -> m.counts().instructed())
                .sum();
        ApiClient lead = loginAs("wy012");
        ApiClient coAuthor = loginAs("wy013");
        ApiClient stranger = loginAs("wy014");
        ApiClient office = loginAs("tab01");
        String title = title("老旧小区加装电梯");

        long id = lead.post("/api/opinion/reports", draft(title, List.of(memberId(jdbc, "wy013"))))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        // A draft is the writer's alone.
        coAuthor.get("/api/opinion/reports/" + id).expectStatus(404);
        office.get("/api/opinion/reports/" + id).expectStatus(404);
        lead.post("/api/opinion/reports/" + id + "/submission", null).expectStatus(200);
        lead.post("/api/opinion/reports/" + id + "/submission", null).expectStatus(409);

        assertThat(coAuthor.get("/api/opinion/reports/" + id)
                        .expectStatus(200)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("SUBMITTED");
        stranger.get("/api/opinion/reports/" + id).expectStatus(404);
        assertThat(stranger.get("/api/opinion/reports/mine?keyword=" + title.substring(0, 8))
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        office.put("/api/opinion/reports/" + id + "/text", Map.of("title", title + "（编辑稿）", "content", "编辑后的正文"))
                .expectStatus(200);
        office.post("/api/opinion/reports/" + id + "/decision", Map.of("adopt", true, "comment", "反映问题具体"))
                .expectStatus(200);
        office.post("/api/opinion/reports/" + id + "/decision", Map.of("adopt", true))
                .expectStatus(409);
        office.put("/api/opinion/reports/" + id + "/text", Map.of("title", "再改", "content", "再改"))
                .expectStatus(409);
        String today = LocalDate.now().toString();
        office.post(
                        "/api/opinion/reports/" + id + "/sendings",
                        Map.of("recipient", "市政协", "sentOn", today, "note", "第12期"))
                .expectStatus(201);
        office.post("/api/opinion/reports/" + id + "/sendings", Map.of("recipient", "区委办", "sentOn", today))
                .expectStatus(201);
        office.post(
                        "/api/opinion/reports/" + id + "/instructions",
                        Map.of("leader", "区委书记张某", "instructedOn", today, "text", "请住建局研究落实"))
                .expectStatus(201);
        office.post(
                        "/api/opinion/reports/" + id + "/uses",
                        Map.of("usedBy", "区住建局", "usedOn", today, "description", "纳入年度加装电梯计划"))
                .expectStatus(201);

        JsonNode seen = lead.get("/api/opinion/reports/" + id).expectStatus(200).json();
        assertThat(seen.get("state").asString()).isEqualTo("SENT_UPWARD");
        assertThat(seen.get("originalTitle").asString()).isEqualTo(title);
        assertThat(seen.get("title").asString()).isEqualTo(title + "（编辑稿）");
        assertThat(seen.get("authors")).hasSize(2);
        assertThat(seen.get("followUps")).hasSize(4);
        List<String> actions = new ArrayList<>();
        seen.get("history").forEach(h -> actions.add(h.get("action").asString()));
        assertThat(actions).containsExactly("DRAFT", "SUBMIT", "EDIT", "ADOPT", "SENT", "SENT", "INSTRUCTION", "USE");
        assertThat(seen.get("history").get(3).get("actorName").asString()).isNotBlank();

        List<OpinionReportEvent> published =
                events.all(OpinionReportEvent.class, e -> e.facts().reportId() == id);
        assertThat(published.stream().map(e -> e.getClass().getSimpleName()))
                .containsExactly("Submitted", "Edited", "Adopted", "SentUpward", "SentUpward", "Instructed", "Used");
        assertThat(published.get(0).facts().authorMemberIds())
                .containsExactly(memberId(jdbc, "wy012"), memberId(jdbc, "wy013"));
        assertThat(published.get(0).facts().authorAccountIds())
                .containsExactly(accountId(jdbc, "wy012"), accountId(jdbc, "wy013"));

        awaitEvents();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE account_id = ? AND category = 'OPINION' AND link = ?",
                        Long.class,
                        accountId(jdbc, "wy013"),
                        "/opinion/" + id))
                .as("the co-author is told of edit, adoption, two sendings, the instruction and the use")
                .isEqualTo(6);
        assertThat(figures.byMember(year).stream()
                        .filter(m -> m.memberId() == memberId(jdbc, "wy012"))
                        .mapToLong(m -> m.counts().instructed())
                        .sum())
                .isEqualTo(before + 1);
    }

    @Test
    void badInputNamesTheFieldAndADeclineNeedsItsReason() {
        ApiClient member = loginAs("wy015");
        ApiClient office = loginAs("tab02");
        ApiClient.Response empty = member.post("/api/opinion/reports", Map.of("category", "SOCIETY"));
        empty.expectStatus(400);
        assertThat(empty.fields()).contains("title", "content");
        ApiClient.Response self =
                member.post("/api/opinion/reports", draft(title("本人联名"), List.of(memberId(jdbc, "wy015"))));
        assertThat(self.expectStatus(400).fields()).containsExactly("coAuthorMemberIds");
        assertThat(member.post("/api/opinion/reports", draft(title("未知委员"), List.of(999_999L)))
                        .expectStatus(400)
                        .fields())
                .containsExactly("coAuthorMemberIds");

        long id = submitted(member, title("不予采用"), List.of());
        assertThat(office.post("/api/opinion/reports/" + id + "/decision", Map.of("adopt", false))
                        .expectStatus(400)
                        .fields())
                .containsExactly("comment");
        office.post("/api/opinion/reports/" + id + "/decision", Map.of("adopt", false, "comment", "已有同类信息"))
                .expectStatus(200);
        office.post(
                        "/api/opinion/reports/" + id + "/sendings",
                        Map.of("recipient", "市政协", "sentOn", LocalDate.now().toString()))
                .expectStatus(409);

        long adopted = submitted(member, title("未来日期"), List.of());
        office.post("/api/opinion/reports/" + adopted + "/decision", Map.of("adopt", true))
                .expectStatus(200);
        assertThat(office.post(
                                "/api/opinion/reports/" + adopted + "/sendings",
                                Map.of(
                                        "recipient",
                                        "市政协",
                                        "sentOn",
                                        LocalDate.now().plusDays(3).toString()))
                        .expectStatus(400)
                        .fields())
                .containsExactly("sentOn");
        member.put("/api/opinion/reports/" + adopted, draft("改已报送的", List.of())).expectStatus(409);
        assertThat(member.get("/api/opinion/reports/" + id)
                        .expectStatus(200)
                        .json()
                        .get("decisionComment")
                        .asString())
                .isEqualTo("已有同类信息");
    }

    @Test
    void twoDecisionsAtOnceLeaveOneAndAnswerTheOther409() throws Exception {
        long id = submitted(loginAs("wy016"), title("同时审核"), List.of());
        ApiClient first = loginAs("tab01");
        ApiClient second = loginAs("tab02");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> {
                start.await();
                return first.post("/api/opinion/reports/" + id + "/decision", Map.of("adopt", true))
                        .status();
            });
            Future<Integer> b = pool.submit(() -> {
                start.await();
                return second.post("/api/opinion/reports/" + id + "/decision", Map.of("adopt", false, "comment", "不采用"))
                        .status();
            });
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM opinion_history WHERE report_id = ? AND action IN ('ADOPT', 'DECLINE')",
                        Long.class,
                        id))
                .isEqualTo(1);
    }

    @Test
    void aProposalConvertedAtReviewBecomesAReportOfItsProposer() {
        ApiClient member = loginAs("wy017");
        ApiClient office = loginAs("tab01");
        long proposal = underReview(member, title("转社情民意的提案"));
        office.post(
                        "/api/proposals/" + proposal + "/review",
                        Map.of("outcome", "CONVERT", "convertTo", "PUBLIC_OPINION", "comment", "更适合以社情民意报送"))
                .expectStatus(200);
        awaitEvents();
        Long id = jdbc.queryForObject(
                "SELECT id FROM opinion_report WHERE source = 'PROPOSAL' AND source_id = ?", Long.class, proposal);
        JsonNode report =
                member.get("/api/opinion/reports/" + id).expectStatus(200).json();
        assertThat(report.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(report.get("sourceId").asLong()).isEqualTo(proposal);
        assertThat(report.get("content").asString()).contains("【建议】");
        assertThat(report.get("authors").get(0).get("memberId").asLong()).isEqualTo(memberId(jdbc, "wy017"));
        assertThat(report.get("history").get(0).get("comment").asString()).contains("更适合以社情民意报送");
        assertThat(office.get("/api/opinion/reports?state=SUBMITTED&keyword=转社情民意的提案")
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        long opinionOnly = underReview(member, title("转意见建议的提案"));
        office.post("/api/proposals/" + opinionOnly + "/review", Map.of("outcome", "CONVERT", "convertTo", "OPINION"))
                .expectStatus(200);
        awaitEvents();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM opinion_report WHERE source = 'PROPOSAL' AND source_id = ?",
                        Long.class,
                        opinionOnly))
                .as("意见建议 is not 社情民意")
                .isZero();
    }
}
