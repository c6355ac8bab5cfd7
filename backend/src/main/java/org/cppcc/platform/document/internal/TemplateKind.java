package org.cppcc.platform.document.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents whose Word form the office may replace with its own {@code .docx}, and the placeholders each one
 * fills. A placeholder is written {@code {{name}}}; a kind with a list has one table whose header row carries
 * {@code {{items}}} and whose next row repeats once per line, with {@code [field]} in its cells.
 */
enum TemplateKind {
    REPLY_LETTER("答复函", replyLetter(), null, Map.of()),
    ASSIGNMENT_NOTICE("交办通知", assignmentNotice(), "items", itemFields());

    final String label;
    /** Placeholder name to what it stands for, in the order the screen and the sample show them. */
    final Map<String, String> placeholders;
    /** The table loop's tag, or null when the kind has no list. */
    final String loop;

    final Map<String, String> rowFields;

    TemplateKind(String label, Map<String, String> placeholders, String loop, Map<String, String> rowFields) {
        this.label = label;
        this.placeholders = placeholders;
        this.loop = loop;
        this.rowFields = rowFields;
    }

    private static Map<String, String> replyLetter() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unitName", "承办单位名称（版头）");
        m.put("referenceNumber", "发文字号");
        m.put("replyClass", "答复类别（A/B/C）");
        m.put("title", "标题");
        m.put("addressee", "主送（如“张三委员：”）");
        m.put("body", "正文");
        m.put("signingLeader", "签发人");
        m.put("officer", "联系人");
        m.put("officerPhone", "联系电话");
        m.put("date", "成文日期");
        m.put("copyTo", "抄送");
        m.put("proposalNumber", "提案号");
        m.put("proposalTitle", "提案案由");
        m.put("proposer", "提案人");
        m.put("sessionName", "届次");
        return m;
    }

    private static Map<String, String> assignmentNotice() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unitName", "承办单位名称");
        m.put("batchName", "交办会名称");
        m.put("meetingDate", "交办日期");
        m.put("count", "交办件数");
        m.put("leadCount", "主办件数");
        m.put("assistingCount", "会办件数");
        m.put("splitCount", "分办件数");
        m.put("signDue", "签收期限");
        m.put("firstReplyDue", "最早答复期限");
        m.put("office", "提案委员会办公室名称（落款）");
        m.put("date", "成文日期");
        m.put("items", "交办清单表格：放在表头行，下一行按每件提案重复");
        return m;
    }

    private static Map<String, String> itemFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("no", "序号");
        m.put("number", "提案号");
        m.put("title", "案由");
        m.put("proposer", "提案人");
        m.put("role", "办理方式（主办/会办/分办）");
        m.put("otherUnits", "其他承办单位");
        m.put("signDue", "签收期限");
        m.put("replyDue", "答复期限");
        return m;
    }
}
