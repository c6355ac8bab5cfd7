package org.cppcc.platform.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.error.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Office-uploaded Word templates, through poi-tl: checked on upload (every {@code {{tag}}} and, in the list's
 * row, every {@code [field]} must be one the kind fills), rendered on download, and a sample per kind that
 * carries every placeholder.
 */
@Component
class WordTemplates {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Pattern ROW_FIELD = Pattern.compile("\\[([^\\[\\]\\s]{1,40})]");

    /** The placeholders a template uses, once checked; refused with a 400 naming the unknown ones. */
    List<String> check(TemplateKind kind, String fileName, byte[] content) {
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw refused("模板须为Word文档（.docx），请另存为.docx后上传");
        }
        if (content.length == 0) {
            throw refused("模板文件为空");
        }
        if (content.length > MAX_BYTES) {
            throw refused("模板文件不能超过2MB");
        }
        Set<String> used = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(content), configure(kind))) {
            for (MetaTemplate meta : template.getElementTemplates()) {
                String name = meta instanceof ElementTemplate e && plain(e.getSign()) ? e.getTagName() : null;
                if (name != null && kind.placeholders.containsKey(name)) {
                    used.add(name);
                } else {
                    unknown.add(meta instanceof ElementTemplate e ? e.getSource() : meta.variable());
                }
            }
            if (kind.loop != null && used.contains(kind.loop)) {
                for (String field : rowFields(template.getXWPFDocument())) {
                    if (!kind.rowFields.containsKey(field)) {
                        unknown.add("[" + field + "]");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw refused("模板文件无法打开，请确认是完好的Word文档（.docx）");
        }
        if (!unknown.isEmpty()) {
            throw refused(
                    kind.label + "模板含有未知的占位符：" + String.join("、", new LinkedHashSet<>(unknown)) + "。可用的占位符见页面或示例模板");
        }
        if (used.isEmpty()) {
            throw refused(kind.label + "模板中没有任何占位符，可用的占位符见页面或示例模板");
        }
        return List.copyOf(used);
    }

    /** Renders a checked template with the values (strings, and for the list a list of row maps). */
    void render(TemplateKind kind, byte[] content, Map<String, Object> values, OutputStream out) {
        try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(content), configure(kind))) {
            template.render(values);
            template.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template with every placeholder of the kind, each labelled: what the office starts from. */
    byte[] sample(TemplateKind kind) {
        try (XWPFDocument doc = new XWPFDocument()) {
            line(doc, kind.label + "模板示例（双花括号中的名称在生成时替换为实际内容）", true);
            for (Map.Entry<String, String> e : kind.placeholders.entrySet()) {
                if (!e.getKey().equals(kind.loop)) {
                    line(doc, e.getValue() + "：{{" + e.getKey() + "}}", false);
                }
            }
            if (kind.loop != null) {
                line(doc, kind.placeholders.get(kind.loop), false);
                XWPFTable table = doc.createTable(2, kind.rowFields.size());
                XWPFTableRow header = table.getRow(0);
                XWPFTableRow row = table.getRow(1);
                int i = 0;
                for (Map.Entry<String, String> f : kind.rowFields.entrySet()) {
                    set(header.getCell(i), (i == 0 ? "{{" + kind.loop + "}}" : "") + f.getValue());
                    set(row.getCell(i), "[" + f.getKey() + "]");
                    i++;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFDocument doc, String text, boolean title) {
        XWPFParagraph p = doc.createParagraph();
        if (title) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        var run = p.createRun();
        run.setText(text);
        run.setFontFamily(title ? "黑体" : "仿宋");
        run.setFontSize(title ? 16 : 14);
        run.setBold(title);
    }

    private static void set(XWPFTableCell cell, String text) {
        cell.removeParagraph(0);
        cell.addParagraph().createRun().setText(text);
    }

    /** poi-tl marks a plain text tag with no sign (NUL); any other sign is a picture, list, block, … */
    private static boolean plain(Character sign) {
        return sign == null || sign == '\0';
    }

    private static Set<String> rowFields(XWPFDocument doc) {
        Set<String> fields = new LinkedHashSet<>();
        for (XWPFTable table : doc.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    Matcher m = ROW_FIELD.matcher(cell.getText());
                    while (m.find()) {
                        fields.add(m.group(1));
                    }
                }
            }
        }
        return fields;
    }

    private static Configure configure(TemplateKind kind) {
        var builder = Configure.builder();
        if (kind.loop != null) {
            builder.bind(kind.loop, new LoopRowTableRenderPolicy());
        }
        return builder.build();
    }

    private static ApiException refused(String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message, List.of(new FieldProblem("file", message)));
    }
}
