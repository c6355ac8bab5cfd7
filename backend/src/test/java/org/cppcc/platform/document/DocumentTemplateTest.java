package org.cppcc.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.registered;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cppcc.platform.proposal.ProposalJourney;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The office's Word templates through the API: an upload is checked, versioned and used for the .docx (the PDF
 * keeps the built-in layout), a revert puts the built-in template back, and units may not upload. Every test
 * reverts what it uploaded, since other tests read the built-in layout.
 */
class DocumentTemplateTest extends IntegrationTest {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @AfterEach
    void builtInAgain() {
        ApiClient office = loginAs("tab01");
        for (String kind : List.of("REPLY_LETTER", "ASSIGNMENT_NOTICE")) {
            office.post("/api/documents/templates/" + kind + "/revert", null);
        }
    }

    @Test
    void theReplyLetterFollowsTheUploadedTemplateUntilReverted() throws IOException {
        ProposalJourney journey = new ProposalJourney(
                        jdbc,
                        loginAs("wy052"),
                        "wy053",
                        loginAs("wy053"),
                        loginAs("tab01"),
                        loginAs("fgj"),
                        loginAs("jyj"),
                        loginAs("fgjld"))
                .jointUnderReview(title("关于完善社区食堂的建议"))
                .registeredAndAssigned()
                .signed()
                .opinionSent()
                .replied("B");
        ApiClient office = journey.office;
        byte[] template = docx(
                "区发展和改革局专用版头 {{unitName}}",
                "{{referenceNumber}}",
                "{{addressee}}",
                "{{body}}",
                "联系人：{{officer}}",
                "抄送：{{copyTo}}",
                "{{date}}");
        ApiClient.Response uploaded =
                office.upload("/api/documents/templates/REPLY_LETTER", "答复函.docx", DOCX_TYPE, template);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("builtIn").asBoolean()).isFalse();

        String path = "/api/documents/replies/" + journey.leadAssignment;
        String word = docxText(journey.lead.download(path + "?format=docx").body());
        assertThat(word)
                .contains("区发展和改革局专用版头 区发展和改革局", "委员：", "一、关于选址", "联系人：王海燕", "政协提案委员会办公室")
                .doesNotContain("{{");
        // The PDF keeps the built-in GB/T 9704 layout.
        try (PDDocument pdf = Loader.loadPDF(journey.lead.download(path).body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("签发人：").doesNotContain("专用版头");
        }

        List<String> versions = office.get("/api/documents/templates/REPLY_LETTER/versions")
                .expectStatus(200)
                .json()
                .findValuesAsString("uploadedByName");
        assertThat(versions).isNotEmpty();
        office.post("/api/documents/templates/REPLY_LETTER/revert", null).expectStatus(200);
        assertThat(office.get("/api/documents/templates").json().toString()).contains("REPLY_LETTER");
        assertThat(docxText(journey.lead.download(path + "?format=docx").body()))
                .contains("签发人：")
                .doesNotContain("专用版头");
    }

    @Test
    void aTemplateWithUnknownPlaceholdersABadFileOrFromAUnitIsRefused() throws IOException {
        ApiClient office = loginAs("tab01");
        ApiClient.Response unknown = office.upload(
                "/api/documents/templates/REPLY_LETTER",
                "a.docx",
                DOCX_TYPE,
                docx("{{unitName}} {{leaderSignature}} {{unitSeal}}"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fields()).containsExactly("file");
        assertThat(unknown.detail()).contains("未知的占位符", "{{leaderSignature}}", "{{unitSeal}}");

        assertThat(office.upload("/api/documents/templates/REPLY_LETTER", "a.docx", DOCX_TYPE, "PK garbage".getBytes())
                        .detail())
                .contains("无法打开");
        assertThat(office.upload("/api/documents/templates/REPLY_LETTER", "a.pdf", "application/pdf", docx("{{body}}"))
                        .status())
                .isEqualTo(400);
        assertThat(loginAs("fgj")
                        .upload("/api/documents/templates/REPLY_LETTER", "a.docx", DOCX_TYPE, docx("{{body}}"))
                        .status())
                .isEqualTo(403);
        assertThat(office.upload("/api/documents/templates/NO_SUCH_KIND", "a.docx", DOCX_TYPE, docx("{{body}}"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theSampleNoticeTemplateFillsEachUnitsNoticeWithItsList() throws IOException {
        ApiClient office = loginAs("tab01");
        ApiClient.Download sample = office.download("/api/documents/templates/ASSIGNMENT_NOTICE/sample");
        assertThat(sample.status()).isEqualTo(200);
        assertThat(docxText(sample.body())).contains("{{unitName}}", "{{items}}", "[title]");
        office.upload("/api/documents/templates/ASSIGNMENT_NOTICE", "交办通知.docx", DOCX_TYPE, sample.body())
                .expectStatus(201);

        long fgj = unitId(jdbc, "FGJ");
        String t = title("关于老年助餐点的建议");
        long p = registered(loginAs("wy059"), office, t);
        long batch = office.post(
                        "/api/proposals/assignment-batches",
                        Map.of(
                                "name",
                                "模板交办会",
                                "meetingDate",
                                "2026-04-01",
                                "items",
                                List.of(Map.of("proposalId", p, "plan", leadPlan(fgj)))))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        String notice =
                docxText(office.download("/api/documents/batches/" + batch + "/units/" + fgj + "/notice?format=docx")
                        .body());
        assertThat(notice).contains("区发展和改革局", "模板交办会", "2026年4月1日", t, "主办").doesNotContain("{{", "[title]");
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String docxText(byte[] body) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
