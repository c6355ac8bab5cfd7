package org.cppcc.platform.document.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.duty.DutyRecords;

/** 委员年度履职报告: a member's duty record of one year with its points, from the duty module's public record. */
final class DutyReportPaper {

    private DutyReportPaper() {}

    static Paper of(DutyRecords.YearRecord r, LocalDate printedOn) {
        Paper paper = new Paper(r.year() + "年度履职报告 " + r.memberName(), true);
        paper.add(new Paper.Title("委员年度履职报告", r.year() + "年度"));
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"姓名", r.memberName(), "界别", nz(r.sectorName())});
        fields.add(new String[] {"专委会", nz(r.specialCommittee()), "履职积分", r.totalPoints() + "分"});
        fields.add(new String[] {"履职记录", r.entries().size() + "条", "履职日记", r.diaryCount() + "篇"});
        paper.add(new Paper.Fields(fields));
        paper.add(new Paper.Heading("一、履职积分", 1, null));
        List<List<String>> scores = new ArrayList<>();
        for (DutyRecords.KindScore s : r.scores()) {
            scores.add(List.of(
                    s.label(),
                    String.valueOf(s.count()),
                    String.valueOf(s.rawPoints()),
                    s.cap() == null ? "不限" : String.valueOf(s.cap()),
                    String.valueOf(s.points())));
        }
        scores.add(List.of("合计", "", "", "", String.valueOf(r.totalPoints())));
        paper.add(new Paper.Table(List.of("履职类型", "次数", "计分", "年度上限", "得分"), scores, List.of(40, 12, 14, 16, 18)));
        paper.add(new Paper.Heading("二、履职明细", 1, null));
        List<List<String>> entries = new ArrayList<>();
        for (DutyRecords.Entry e : r.entries()) {
            entries.add(List.of(
                    Papers.date(e.occurredOn()),
                    e.label(),
                    e.title(),
                    e.counted() ? String.valueOf(e.points()) : "不计分"));
        }
        if (entries.isEmpty()) {
            paper.para("本年度暂无履职记录。", Paper.Style.NOTE);
        } else {
            paper.add(new Paper.Table(List.of("日期", "类型", "内容", "分值"), entries, List.of(18, 22, 48, 12)));
        }
        paper.para("积分按政协办公室现行积分规则计算，各类履职的年度得分不超过其上限。", Paper.Style.NOTE);
        paper.para("打印日期：" + Papers.date(printedOn), Paper.Style.RIGHT);
        return paper;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
