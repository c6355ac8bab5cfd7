package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.registered;
import static org.cppcc.platform.proposal.ProposalFixtures.splitPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.state;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 交办会 through the API: a batch assigns every proposal or none, reports every bad row, hands each unit its own
 * 交办通知 and 交办清单, and two offices confirming overlapping batches at once never assign a proposal twice.
 */
class AssignmentBatchTest extends IntegrationTest {

    @Test
    void aBatchAssignsEveryProposalAndEachUnitGetsItsPapers() throws Exception {
        ApiClient member = loginAs("wy056");
        ApiClient office = loginAs("tab01");
        long fgj = unitId(jdbc, "FGJ");
        long jyj = unitId(jdbc, "JYJ");
        String t1 = title("关于社区养老服务站建设的建议");
        String t2 = title("关于中小学课后服务的建议");
        long p1 = registered(member, office, t1);
        long p2 = registered(member, office, t2);

        JsonNode candidates = office.get("/api/proposals/assignment-batches/candidates?keyword=" + "社区养老")
                .expectStatus(200)
                .json();
        assertThat(candidates.findValuesAsString("title")).contains(t1).doesNotContain(t2);

        JsonNode batch = office.post(
                        "/api/proposals/assignment-batches",
                        Map.of(
                                "name", "第一次交办会",
                                "meetingDate", "2026-03-20",
                                "items",
                                        List.of(
                                                Map.of("proposalId", p1, "plan", leadPlan(fgj, jyj)),
                                                Map.of("proposalId", p2, "plan", splitPlan(fgj, jyj)))))
                .expectStatus(201)
                .json();
        long batchId = batch.get("id").asLong();
        assertThat(batch.get("proposals")).hasSize(2);
        assertThat(batch.get("units")).hasSize(2);
        assertThat(state(jdbc, p1)).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(state(jdbc, p2)).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM proposal_assignment WHERE batch_id = ? AND proposal_id IN (?, ?)",
                        Integer.class,
                        batchId,
                        p1,
                        p2))
                .isEqualTo(4);
        assertThat(jdbc.queryForList(
                        "SELECT comment FROM proposal_history WHERE proposal_id = ? AND action = 'ASSIGN'",
                        String.class,
                        p1))
                .singleElement()
                .asString()
                .contains("交办会「第一次交办会」", "主办：区发展和改革局", "会办：区教育局");
        assertThat(office.get("/api/proposals/assignment-batches").json().findValuesAsString("name"))
                .contains("第一次交办会");

        String base = "/api/documents/batches/" + batchId;
        ApiClient unit = loginAs("fgj");
        for (String format : List.of("pdf", "docx")) {
            String notice = text(unit.download(base + "/units/" + fgj + "/notice?format=" + format), format);
            assertThat(notice).contains("提案交办通知", "区发展和改革局", "第一次交办会", t1, t2, "主办", "分办", "2026年3月20日");
            String list = text(unit.download(base + "/units/" + fgj + "/list?format=" + format), format);
            assertThat(list).contains("交办清单", t1, t2);
        }
        // 区发改局 may not read 区教育局's papers of the same batch.
        assertThat(unit.download(base + "/units/" + jyj + "/notice").status()).isEqualTo(404);
        assertThat(text(office.download(base + "/notices?format=docx"), "docx")).contains("区发展和改革局", "区教育局", t1);
        ApiClient.Download zip = office.download(base + "/notices.zip?format=docx");
        assertThat(zip.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(docx(in.readAllBytes())).contains(t1);
            }
        }
        assertThat(names).containsExactlyInAnyOrder("01-交办通知-区发展和改革局.docx", "02-交办通知-区教育局.docx");
    }

    @Test
    void aBatchWithBadRowsAssignsNothingAndNamesEveryRow() {
        ApiClient member = loginAs("wy057");
        ApiClient office = loginAs("tab01");
        long fgj = unitId(jdbc, "FGJ");
        long good = registered(member, office, title("关于公交线路优化的建议"));
        long noLead = registered(member, office, title("关于河道保洁的建议"));
        long done = registered(member, office, title("关于停车难的建议"));
        office.post("/api/proposals/" + done + "/assign", leadPlan(fgj)).expectStatus(200);
        Map<String, Object> missingLead = Map.of("mode", "LEAD_AND_ASSISTING", "assistingUnitIds", List.of(fgj));
        int batchesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM proposal_assignment_batch", Integer.class);

        ApiClient.Response refused = office.post(
                "/api/proposals/assignment-batches",
                Map.of(
                        "name", "第二次交办会",
                        "meetingDate", "2026-03-21",
                        "items",
                                List.of(
                                        Map.of("proposalId", good, "plan", leadPlan(fgj)),
                                        Map.of("proposalId", noLead, "plan", missingLead),
                                        Map.of("proposalId", done, "plan", leadPlan(fgj)))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.fields()).containsExactly("items[1].plan.leadUnitId", "items[2]");
        assertThat(refused.detail()).contains("2件提案不能交办", "所有提案均未交办");
        assertThat(refused.json().get("errors").findValuesAsString("message"))
                .anySatisfy(m -> assertThat(m).startsWith("第2行").contains("请选择主办单位"))
                .anySatisfy(m -> assertThat(m).startsWith("第3行").contains("不能进行此操作"));
        assertThat(state(jdbc, good)).isEqualTo("ASSIGNMENT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proposal_assignment_batch", Integer.class))
                .isEqualTo(batchesBefore);
    }

    @Test
    void twoOfficesConfirmingOverlappingBatchesNeverAssignAProposalTwice() throws Exception {
        ApiClient member = loginAs("wy058");
        ApiClient tab01 = loginAs("tab01");
        ApiClient tab02 = loginAs("tab02");
        long fgj = unitId(jdbc, "FGJ");
        long jyj = unitId(jdbc, "JYJ");
        long a = registered(member, tab01, title("关于垃圾分类的建议"));
        long b = registered(member, tab01, title("关于夜间经济的建议"));
        long c = registered(member, tab01, title("关于口袋公园的建议"));
        // Listed in opposite orders: without a fixed lock order the two would deadlock.
        Map<String, Object> first = Map.of(
                "name", "并发交办会甲",
                "meetingDate", "2026-03-22",
                "items",
                        List.of(
                                Map.of("proposalId", b, "plan", leadPlan(fgj)),
                                Map.of("proposalId", a, "plan", leadPlan(fgj))));
        Map<String, Object> second = Map.of(
                "name", "并发交办会乙",
                "meetingDate", "2026-03-22",
                "items",
                        List.of(
                                Map.of("proposalId", b, "plan", leadPlan(jyj)),
                                Map.of("proposalId", c, "plan", leadPlan(jyj))));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<ApiClient.Response> one = threads.submit(() -> {
                start.await();
                return tab01.post("/api/proposals/assignment-batches", first);
            });
            Future<ApiClient.Response> two = threads.submit(() -> {
                start.await();
                return tab02.post("/api/proposals/assignment-batches", second);
            });
            List<Integer> statuses = List.of(one.get().status(), two.get().status());
            assertThat(statuses).isSubsetOf(201, 409, 503).contains(201);
        } finally {
            threads.shutdown();
        }
        for (long id : List.of(a, b, c)) {
            int items = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM proposal_assignment_batch_item WHERE proposal_id = ?", Integer.class, id);
            int assignments = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM proposal_assignment WHERE proposal_id = ?", Integer.class, id);
            String state = state(jdbc, id);
            assertThat(items).isLessThanOrEqualTo(1);
            // Assigned exactly once (one lead unit, one history row), or not at all.
            assertThat(assignments).isEqualTo(items);
            assertThat(state).isEqualTo(items == 1 ? "AWAITING_SIGN_OFF" : "ASSIGNMENT");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM proposal_history WHERE proposal_id = ? AND action = 'ASSIGN'",
                            Integer.class,
                            id))
                    .isEqualTo(items);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM proposal_assignment_batch_item WHERE proposal_id = ?", Integer.class, b))
                .isEqualTo(1);
    }

    private static String text(ApiClient.Download download, String format) throws IOException {
        assertThat(download.status()).isEqualTo(200);
        if (format.equals("docx")) {
            return docx(download.body());
        }
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            // Table cells wrap long titles over lines: compare without the line breaks.
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    private static String docx(byte[] body) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
