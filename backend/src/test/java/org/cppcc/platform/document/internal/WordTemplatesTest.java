package org.cppcc.platform.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cppcc.platform.shared.error.ApiException;
import org.junit.jupiter.api.Test;

/** poi-tl over the platform's POI: the sample passes its own check, renders, and bad files are refused. */
class WordTemplatesTest {

    private final WordTemplates templates = new WordTemplates();

    @Test
    void theSampleOfEachKindPassesAndRendersEveryPlaceholder() throws IOException {
        byte[] sample = templates.sample(TemplateKind.ASSIGNMENT_NOTICE);
        assertThat(templates.check(TemplateKind.ASSIGNMENT_NOTICE, "notice.docx", sample))
                .contains("unitName", "items");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        templates.render(
                TemplateKind.ASSIGNMENT_NOTICE,
                sample,
                Map.of(
                        "unitName", "区教育局",
                        "batchName", "第一次交办会",
                        "items",
                                List.of(
                                        Map.of("no", "1", "number", "第12号", "title", "关于加装电梯的建议"),
                                        Map.of("no", "2", "number", "第13号", "title", "关于校园安全的建议"))),
                out);
        String text = text(out.toByteArray());
        assertThat(text)
                .contains("区教育局", "第一次交办会", "第12号", "关于加装电梯的建议", "第13号", "关于校园安全的建议")
                .doesNotContain("{{", "[title]");

        byte[] reply = templates.sample(TemplateKind.REPLY_LETTER);
        out.reset();
        templates.render(TemplateKind.REPLY_LETTER, reply, Map.of("body", "第一段\n第二段", "unitName", "区发改局"), out);
        assertThat(text(out.toByteArray())).contains("区发改局", "第一段", "第二段").doesNotContain("{{");
    }

    @Test
    void unknownPlaceholdersAreNamedInTheRefusal() throws IOException {
        byte[] doc = docx("尊敬的{{unitName}}：{{leaderName}} 与 {{?block}}x{{/block}}");
        assertThatThrownBy(() -> templates.check(TemplateKind.REPLY_LETTER, "a.docx", doc))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("未知的占位符")
                .hasMessageContaining("{{leaderName}}")
                .hasMessageNotContaining("{{unitName}}");
    }

    @Test
    void malformedWrongTypeAndOversizedFilesAreRefused() throws IOException {
        assertThatThrownBy(() -> templates.check(TemplateKind.REPLY_LETTER, "a.docx", "not a zip".getBytes()))
                .hasMessageContaining("无法打开");
        assertThatThrownBy(() -> templates.check(TemplateKind.REPLY_LETTER, "a.doc", docx("{{unitName}}")))
                .hasMessageContaining(".docx");
        assertThatThrownBy(() ->
                        templates.check(TemplateKind.REPLY_LETTER, "a.docx", new byte[WordTemplates.MAX_BYTES + 1]))
                .hasMessageContaining("2MB");
        assertThatThrownBy(() -> templates.check(TemplateKind.REPLY_LETTER, "a.docx", docx("没有占位符")))
                .hasMessageContaining("没有任何占位符");
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
