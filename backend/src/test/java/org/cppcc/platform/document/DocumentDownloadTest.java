package org.cppcc.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.displayName;
import static org.cppcc.platform.proposal.ProposalFixtures.newSession;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cppcc.platform.proposal.ProposalFixtures;
import org.cppcc.platform.proposal.ProposalJourney;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every document downloaded through the API and opened again: PDF text through PDFBox (with every font
 * embedded), Word text through POI. One joint proposal, assigned to 区发展和改革局 (lead) and 区教育局, replied
 * with class A, then moved into a session of its own so that the session's 汇编 and 交办清单 hold it alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentDownloadTest extends IntegrationTest {

    private ProposalJourney journey;
    private String title;
    private int number;
    private long sessionId;
    private String reference;
    private String leadName;
    private String cosignerName;

    @BeforeAll
    void oneRepliedProposal() {
        title = title("关于加快老旧小区加装电梯的建议");
        journey = new ProposalJourney(
                        jdbc,
                        loginAs("wy050"),
                        "wy051",
                        loginAs("wy051"),
                        loginAs("tab01"),
                        loginAs("fgj"),
                        loginAs("jyj"),
                        loginAs("fgjld"))
                .jointUnderReview(title)
                .registeredAndAssigned()
                .signed()
                .opinionSent()
                .replied("A");
        number = jdbc.queryForObject("SELECT proposal_number FROM proposal WHERE id = ?", Integer.class, journey.id);
        reference = jdbc.queryForObject(
                "SELECT reference_number FROM proposal_reply WHERE assignment_id = ?",
                String.class,
                journey.leadAssignment);
        leadName = displayName(jdbc, "wy050");
        cosignerName = displayName(jdbc, "wy051");
        sessionId = newSession(jdbc);
        ProposalFixtures.moveToSession(jdbc, sessionId, journey.id);
    }

    @Test
    void theProposalFormCarriesTheProposalAsFiled() throws IOException {
        for (String format : List.of("pdf", "docx")) {
            String text = open(journey.lead, "/api/documents/proposals/" + journey.id + "?format=" + format, format);
            assertThat(text)
                    .contains(title, "第" + number + "号", leadName, cosignerName)
                    .contains("情况与问题", "老旧小区加装电梯需求强烈", "简化审批流程")
                    .contains("区发展和改革局", "区教育局", "主办", "会办");
        }
    }

    @Test
    void theReplyLetterHasTheOfficialParts() throws IOException {
        String today = LocalDate.now().getYear() + "年" + LocalDate.now().getMonthValue() + "月"
                + LocalDate.now().getDayOfMonth() + "日";
        for (String format : List.of("pdf", "docx")) {
            String text = open(
                    journey.lead, "/api/documents/replies/" + journey.leadAssignment + "?format=" + format, format);
            assertThat(text)
                    .contains("区发展和改革局", reference, "第" + number + "号提案的答复")
                    .contains(leadName + "委员：", "一、关于选址", "联系人：王海燕", "0731-85601001")
                    .contains("签发人：周建国", "抄送：", "区教育局", today, "A");
        }
    }

    @Test
    void theEvaluationFormOffersTheVerdicts() throws IOException {
        for (String format : List.of("pdf", "docx")) {
            String text = open(
                    journey.office,
                    "/api/documents/proposals/" + journey.id + "/evaluation-form?format=" + format,
                    format);
            assertThat(text).contains("征询意见表", title, leadName, "基本满意", "不满意", "走访", "提案人签名");
        }
    }

    @Test
    void theAssignmentListShowsWhatWasHandedToTheUnit() throws IOException {
        String path = "/api/documents/units/" + unitId(jdbc, "FGJ") + "/handed-over?sessionId=" + sessionId;
        for (String format : List.of("pdf", "docx")) {
            String text = open(journey.fgj, path + "&format=" + format, format);
            assertThat(text).contains("交办清单", "区发展和改革局", title, "第" + number + "号", leadName, "答复期限");
        }
        assertThat(open(journey.office, path, "pdf")).contains(title);
        // Another unit's list is as unknown to 区教育局 as a record it may not see.
        assertThat(journey.jyj.download(path).status()).isEqualTo(404);
    }

    @Test
    void theCompilationHasContentsPagesAndIndexes() throws IOException {
        String path = "/api/documents/sessions/" + sessionId + "/compilation?replies=true";
        String pdf = open(journey.office, path, "pdf");
        assertThat(pdf)
                .contains("提案及答复汇编", "目", "录", "社会", title, "提案人索引", "承办单位索引")
                .contains(leadName, cosignerName, "区发展和改革局", "【答复】", "一、关于选址");
        // The contents line of the proposal ends with the page it starts on (the cover and contents come first).
        assertThat(pdf).containsPattern("第" + number + "号　" + title.substring(0, 6) + "[^第]*?\\.{3,}\\d+");
        String docx = open(journey.office, path + "&format=docx", "docx");
        assertThat(docx).contains("提案及答复汇编", title, "提案人索引", "承办单位索引", leadName);
        assertThat(journey.lead.download(path).status()).isEqualTo(403);
    }

    @Test
    void aRecordTheCallerMayNotSeeIsNotFound() {
        ApiClient outsider = loginAs("wy049");
        assertThat(outsider.download("/api/documents/proposals/" + journey.id).status())
                .isEqualTo(404);
        assertThat(outsider.get("/api/proposals/" + journey.id).status()).isEqualTo(404);
        assertThat(outsider.download("/api/documents/replies/" + journey.leadAssignment)
                        .status())
                .isEqualTo(404);
        assertThat(outsider.download("/api/documents/proposals/" + journey.id + "/evaluation-form")
                        .status())
                .isEqualTo(404);
        ApiClient otherUnit = loginAs("zjj");
        assertThat(otherUnit.download("/api/documents/proposals/" + journey.id).status())
                .isEqualTo(404);
        // The assisting unit may read the lead's reply it countersigned.
        assertThat(journey.jyj
                        .download("/api/documents/replies/" + journey.leadAssignment)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheField() {
        ApiClient.Response response = journey.lead.get("/api/documents/proposals/" + journey.id + "?format=xls");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fields()).contains("format");
    }

    /** Downloads, checks the type, and returns the text; a PDF must embed every font it uses. */
    private static String open(ApiClient client, String path, String format) throws IOException {
        ApiClient.Download download = client.download(path);
        assertThat(download.status())
                .as(path + " " + new String(download.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("." + format);
        if (format.equals("docx")) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download.body()));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                return extractor.getText().replaceAll("\\s", "");
            }
        }
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            List<String> notEmbedded = new ArrayList<>();
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts++;
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            assertThat(fonts).isPositive();
            assertThat(notEmbedded).isEmpty();
            // Lines wrap wherever the layout breaks them: compare without the line breaks and spaces.
            return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }
    }
}
