package org.cppcc.platform.document.internal;

import static org.cppcc.platform.document.internal.Papers.date;
import static org.cppcc.platform.document.internal.Papers.number;
import static org.cppcc.platform.document.internal.Papers.role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cppcc.platform.proposal.ProposalPaper;
import org.cppcc.platform.proposal.ProposalPapers;
import org.cppcc.platform.proposal.UnitRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The papers of one 交办会 for each unit: the 交办通知 (a letter with the list attached) and the 交办清单 (the
 * list alone), as built-in layouts, and the values an office template of the 交办通知 or the 答复函 is filled with.
 */
@Component
class BatchPapers {

    private final Papers papers;
    private final String office;

    BatchPapers(Papers papers, @Value("${platform.documents.office:政协提案委员会办公室}") String office) {
        this.papers = papers;
        this.office = office;
    }

    Paper notice(ProposalPapers.AssignmentBatch batch, ProposalPapers.UnitShare unit, LocalDate today) {
        Paper paper = new Paper("交办通知 " + unit.unitName(), true, unit.unitName() + " 交办通知");
        addNotice(paper, batch, unit, today);
        return paper;
    }

    /** Every unit's 交办通知 in one file, each starting on a new page. */
    Paper allNotices(ProposalPapers.AssignmentBatch batch, LocalDate today) {
        Paper paper = new Paper("交办通知 " + batch.name(), true, batch.name() + " 交办通知");
        for (int i = 0; i < batch.units().size(); i++) {
            if (i > 0) {
                paper.add(new Paper.PageBreak());
            }
            addNotice(paper, batch, batch.units().get(i), today);
        }
        return paper;
    }

    Paper list(ProposalPapers.AssignmentBatch batch, ProposalPapers.UnitShare unit, LocalDate today) {
        return papers.handedOver(unit.unitName(), batch.name(), unit.items(), today);
    }

    private void addNotice(
            Paper paper, ProposalPapers.AssignmentBatch batch, ProposalPapers.UnitShare unit, LocalDate today) {
        Map<String, Object> v = noticeValues(batch, unit, today);
        paper.add(new Paper.Title("提案交办通知", batch.name()));
        paper.para(unit.unitName() + "：", Paper.Style.PLAIN);
        paper.body("经" + v.get("meetingDate") + batch.name() + "研究，现将" + v.get("count") + "件提案交由你单位办理（主办"
                + v.get("leadCount") + "件、会办" + v.get("assistingCount") + "件、分办" + v.get("splitCount")
                + "件）。请于" + v.get("signDue") + "前在平台签收，按期答复提案人，最早的答复期限为" + v.get("firstReplyDue") + "。");
        paper.body("附件：交办清单");
        paper.para("", Paper.Style.PLAIN);
        paper.para(office, Paper.Style.RIGHT);
        paper.para(date(today), Paper.Style.RIGHT);
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> item : items(unit)) {
            rows.add(List.of(
                    item.get("no"),
                    item.get("number"),
                    item.get("title"),
                    item.get("proposer"),
                    item.get("role") + (item.get("otherUnits").isEmpty() ? "" : "\n（另：" + item.get("otherUnits") + "）"),
                    item.get("replyDue")));
        }
        paper.add(new Paper.Heading("附件：交办清单", 2, null));
        paper.add(new Paper.Table(
                List.of("序号", "提案号", "案由", "提案人", "办理方式", "答复期限"), rows, List.of(6, 10, 36, 10, 20, 18)));
    }

    Map<String, Object> noticeValues(
            ProposalPapers.AssignmentBatch batch, ProposalPapers.UnitShare unit, LocalDate today) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("unitName", unit.unitName());
        v.put("batchName", batch.name());
        v.put("meetingDate", date(batch.meetingDate()));
        v.put("count", String.valueOf(unit.items().size()));
        v.put("leadCount", count(unit, UnitRole.LEAD));
        v.put("assistingCount", count(unit, UnitRole.ASSISTING));
        v.put("splitCount", count(unit, UnitRole.SPLIT));
        v.put(
                "firstReplyDue",
                unit.items().stream()
                        .map(ProposalPapers.HandedOver::replyDueDate)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .map(Papers::date)
                        .orElse("（签收后确定）"));
        v.put(
                "signDue",
                unit.items().stream()
                        .map(ProposalPapers.HandedOver::signDueDate)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .map(Papers::date)
                        .orElse(""));
        v.put("office", office);
        v.put("date", date(today));
        v.put("items", items(unit));
        return v;
    }

    Map<String, Object> replyValues(ProposalPaper.Reply r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("unitName", r.unitName());
        v.put("referenceNumber", nz(r.referenceNumber()));
        v.put("replyClass", r.replyClass() == null ? "" : r.replyClass().name());
        v.put("title", Papers.replyTitle(r));
        v.put("addressee", Papers.addressee(r) + "：");
        v.put("body", nz(r.body()));
        v.put("signingLeader", nz(r.signingLeader()));
        v.put("officer", nz(r.officer()));
        v.put("officerPhone", nz(r.officerPhone()));
        v.put("date", date(r.date()));
        v.put("copyTo", papers.copies(r));
        v.put("proposalNumber", number(r.proposalNumber()));
        v.put("proposalTitle", nz(r.proposalTitle()));
        v.put("proposer", nz(r.proposer()));
        v.put("sessionName", nz(r.sessionName()));
        return v;
    }

    private static List<Map<String, String>> items(ProposalPapers.UnitShare unit) {
        List<Map<String, String>> items = new ArrayList<>();
        int i = 1;
        for (ProposalPapers.HandedOver h : unit.items()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("no", String.valueOf(i++));
            row.put("number", number(h.proposalNumber()));
            row.put("title", h.title());
            row.put("proposer", nz(h.proposer()));
            row.put("role", role(h.unitRole()));
            row.put("otherUnits", nz(h.otherUnits()));
            row.put("signDue", date(h.signDueDate()));
            row.put("replyDue", h.replyDueDate() == null ? "签收后确定" : date(h.replyDueDate()));
            items.add(row);
        }
        return items;
    }

    private static String count(ProposalPapers.UnitShare unit, UnitRole role) {
        return String.valueOf(
                unit.items().stream().filter(h -> h.unitRole() == role).count());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
