package org.cppcc.platform.document.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cppcc.platform.proposal.ProposalPaper;
import org.cppcc.platform.proposal.ProposalPapers;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.proposal.UnitRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The official documents, each written once as a {@link Paper} from what the proposal module hands out. */
@Component
class Papers {

    private final String committee;
    private final String office;

    Papers(
            @Value("${platform.documents.committee:中国人民政治协商会议委员会}") String committee,
            @Value("${platform.documents.office:政协提案委员会办公室}") String office) {
        this.committee = committee;
        this.office = office;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String date(LocalDateTime time) {
        return time == null ? "" : date(time.toLocalDate());
    }

    static String number(Integer number) {
        return number == null ? "未立案" : "第" + number + "号";
    }

    static String role(UnitRole role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case LEAD -> "主办";
            case ASSISTING -> "会办";
            case SPLIT -> "分办";
        };
    }

    static String type(ProposerType type) {
        return switch (type) {
            case INDIVIDUAL -> "个人提案";
            case JOINT -> "联名提案";
            case COLLECTIVE -> "集体提案";
        };
    }

    /** 提案表: the proposal as filed, with the office's review and the units assigned. */
    Paper proposalForm(ProposalPaper p) {
        Paper paper = new Paper("提案表 " + number(p.number()) + " " + p.title(), true);
        paper.add(new Paper.Title("提 案", p.sessionName() + "　" + number(p.number())));
        paper.add(new Paper.Fields(fieldRows(p)));
        sections(paper, p);
        return paper;
    }

    private static List<String[]> fieldRows(ProposalPaper p) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"提案号", number(p.number()), "类别", nz(p.categoryLabel())});
        rows.add(new String[] {"案由", p.title()});
        rows.add(new String[] {"提案人", nz(p.proposer()), "界别", nz(p.proposerSector())});
        rows.add(new String[] {
            "提案形式", type(p.proposerType()), "联系人及电话", join(nz(p.contactPerson()), nz(p.contactPhone()))
        });
        if (!p.cosigners().isEmpty()) {
            rows.add(new String[] {
                "联名委员",
                p.cosigners().stream()
                        .map(c -> c.sector() == null ? c.name() : c.name() + "（" + c.sector() + "）")
                        .collect(Collectors.joining("、"))
            });
        }
        rows.add(new String[] {"提交日期", date(p.submittedAt()), "立案日期", date(p.registeredAt())});
        rows.add(new String[] {"审查意见", p.reviewOpinion() == null ? "" : p.reviewOpinion()});
        rows.add(new String[] {"承办单位", units(p.units())});
        return rows;
    }

    private static void sections(Paper paper, ProposalPaper p) {
        paper.add(new Paper.Heading("一、情况与问题", 3, null)).body(p.situation());
        paper.add(new Paper.Heading("二、分析", 3, null)).body(p.analysis());
        paper.add(new Paper.Heading("三、建议", 3, null)).body(p.suggestions());
    }

    private static String units(List<ProposalPaper.Unit> units) {
        if (units.isEmpty()) {
            return "尚未交办";
        }
        return units.stream()
                .map(u -> u.name() + "（" + role(u.role())
                        + (u.replyDueDate() == null ? "" : "，答复期限" + date(u.replyDueDate())) + "）")
                .collect(Collectors.joining("\n"));
    }

    /** 答复函 in the letter layout of GB/T 9704-2012: 版头, 发文字号, title, 主送, body, 落款, 附注 and 版记. */
    Paper replyLetter(ProposalPaper.Reply r) {
        String title = replyTitle(r);
        Paper paper = new Paper(title, true);
        if (r.replyClass() != null) {
            paper.add(new Paper.ClassMark(r.replyClass().name()));
        }
        paper.add(new Paper.Letterhead(r.unitName()));
        paper.add(new Paper.DocNumber(nz(r.referenceNumber())));
        paper.add(new Paper.Title(title, r.status() == ReplyStatus.SENT ? null : "（未发出的答复稿）"));
        paper.para(addressee(r) + "：", Paper.Style.PLAIN);
        paper.body("您提出的《" + r.proposalTitle() + "》（" + number(r.proposalNumber()) + "）收悉。现答复如下：");
        paper.body(r.body());
        paper.para("", Paper.Style.PLAIN);
        paper.para(r.unitName(), Paper.Style.RIGHT);
        paper.para(date(r.date()), Paper.Style.RIGHT);
        paper.para("（联系人：" + nz(r.officer()) + "，联系电话：" + nz(r.officerPhone()) + "）", Paper.Style.BODY);
        paper.para("签发人：" + nz(r.signingLeader()), Paper.Style.NOTE);
        paper.add(new Paper.Rule());
        paper.para("抄送：" + copies(r) + "。", Paper.Style.NOTE);
        paper.add(new Paper.Rule());
        paper.para(r.unitName() + "　　" + date(r.date()) + "印发", Paper.Style.NOTE);
        paper.add(new Paper.Rule());
        return paper;
    }

    /** The letter's title: the unit's own, or the standard one. Also filled into an office template. */
    static String replyTitle(ProposalPaper.Reply r) {
        return r.title() != null && !r.title().isBlank()
                ? r.title()
                : "关于" + r.sessionName() + number(r.proposalNumber()) + "提案的答复";
    }

    /** 主送: the member (委员) or the body that filed the proposal. */
    static String addressee(ProposalPaper.Reply r) {
        return r.proposerType() == ProposerType.COLLECTIVE ? r.proposer() : r.proposer() + "委员";
    }

    /** 抄送: the office and the proposal's other units. */
    String copies(ProposalPaper.Reply r) {
        List<String> copies = new ArrayList<>();
        copies.add(office);
        copies.addAll(r.otherUnits());
        return String.join("，", copies);
    }

    /** 征询意见表: the paper evaluation form, laid out like the office's entry screen. */
    Paper evaluationForm(ProposalPaper p) {
        Paper paper = new Paper("提案办理征询意见表 " + number(p.number()), false);
        paper.add(new Paper.Title("提案办理情况征询意见表", p.sessionName() + "　" + number(p.number())));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"案由", p.title()});
        rows.add(new String[] {"提案人", nz(p.proposer()), "提案号", number(p.number())});
        rows.add(new String[] {"承办单位", units(p.units())});
        rows.add(new String[] {"办前是否与您沟通", "□ 是　　□ 否"});
        rows.add(new String[] {"沟通方式", "□ 走访　　□ 电话　　□ 座谈　　□ 其他"});
        rows.add(new String[] {"对办理态度", "□ 满意　　□ 基本满意　　□ 不满意"});
        rows.add(new String[] {"对办理结果", "□ 满意　　□ 基本满意　　□ 不满意"});
        rows.add(new String[] {"意见和建议", "\n\n\n\n\n"});
        rows.add(new String[] {"提案人签名", "", "日期", "　　年　　月　　日"});
        paper.add(new Paper.Fields(rows));
        paper.para("请于收到答复后十五个工作日内填写，寄回或交" + office + "。", Paper.Style.NOTE);
        return paper;
    }

    /** 交办清单: what was handed to one unit in a session, with the deadlines. */
    Paper handedOver(String unitName, String sessionName, List<ProposalPapers.HandedOver> items, LocalDate today) {
        Paper paper = new Paper("交办清单 " + unitName, true, unitName + " 交办清单");
        paper.add(new Paper.Title(sessionName + "提案交办清单", "承办单位：" + unitName + "　　共" + items.size() + "件"));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (ProposalPapers.HandedOver h : items) {
            rows.add(List.of(
                    String.valueOf(i++),
                    number(h.proposalNumber()),
                    h.title(),
                    nz(h.proposer()),
                    role(h.unitRole()) + (h.otherUnits().isEmpty() ? "" : "\n（另：" + h.otherUnits() + "）"),
                    date(h.handedAt()),
                    date(h.signDueDate()),
                    date(h.replyDueDate())));
        }
        paper.add(new Paper.Table(
                List.of("序号", "提案号", "案由", "提案人", "办理方式", "交办日期", "签收期限", "答复期限"),
                rows,
                List.of(6, 10, 28, 10, 12, 11, 11, 12)));
        paper.para("制表：" + office + "　　" + date(today), Paper.Style.NOTE);
        return paper;
    }

    /**
     * 提案汇编: cover, contents by category, every proposal (and its sent replies), then indexes by proposer and
     * by unit. Proposals keep their number order within a category.
     */
    Paper compilation(String sessionName, List<ProposalPaper> proposals, boolean withReplies, LocalDate today) {
        String title = sessionName + "提案" + (withReplies ? "及答复" : "") + "汇编";
        Paper paper = new Paper(title, true);
        paper.add(new Paper.Cover(committee, title, "共收录立案提案" + proposals.size() + "件", date(today)));
        Map<String, List<ProposalPaper>> byCategory = new LinkedHashMap<>();
        for (ProposalPaper p : proposals) {
            byCategory
                    .computeIfAbsent(nz(p.categoryLabel()), k -> new ArrayList<>())
                    .add(p);
        }
        List<Paper.Entry> toc = new ArrayList<>();
        int chapter = 0;
        for (Map.Entry<String, List<ProposalPaper>> e : byCategory.entrySet()) {
            toc.add(new Paper.Entry(e.getKey() + "（" + e.getValue().size() + "件）", 1, "c" + chapter++, null));
            for (ProposalPaper p : e.getValue()) {
                toc.add(new Paper.Entry(number(p.number()) + "　" + p.title(), 2, anchor(p), number(p.number())));
            }
        }
        toc.add(new Paper.Entry("提案人索引", 1, "index-proposer", null));
        toc.add(new Paper.Entry("承办单位索引", 1, "index-unit", null));
        paper.add(new Paper.Contents("目　录", toc, null));
        chapter = 0;
        for (Map.Entry<String, List<ProposalPaper>> e : byCategory.entrySet()) {
            paper.add(new Paper.Heading(e.getKey(), 1, "c" + chapter++));
            for (ProposalPaper p : e.getValue()) {
                paper.add(new Paper.Heading(number(p.number()) + "　" + p.title(), 2, anchor(p)));
                paper.para(
                        "提案人：" + nz(p.proposer())
                                + (p.cosigners().isEmpty()
                                        ? ""
                                        : "　联名：" + p.cosigners().size() + "人")
                                + "　承办："
                                + p.units().stream()
                                        .map(ProposalPaper.Unit::name)
                                        .collect(Collectors.joining("、")),
                        Paper.Style.KAI);
                sections(paper, p);
                for (ProposalPaper.Reply r : p.replies()) {
                    paper.add(new Paper.Heading(
                            "【答复】" + r.unitName() + "（" + nz(r.referenceNumber()) + "，"
                                    + (r.replyClass() == null
                                            ? ""
                                            : r.replyClass().name() + "类") + "）",
                            3,
                            null));
                    paper.body(r.body());
                    paper.para(r.unitName() + "　" + date(r.date()), Paper.Style.RIGHT);
                }
            }
            paper.add(new Paper.PageBreak());
        }
        paper.add(index("提案人索引", "index-proposer", proposals, p -> {
            List<String> names = new ArrayList<>();
            names.add(nz(p.proposer()));
            p.cosigners().forEach(c -> names.add(c.name()));
            return names;
        }));
        paper.add(new Paper.PageBreak());
        paper.add(index(
                "承办单位索引",
                "index-unit",
                proposals,
                p -> p.units().stream().map(ProposalPaper.Unit::name).toList()));
        return paper;
    }

    private static Paper.Contents index(
            String title, String anchor, List<ProposalPaper> proposals, Function<ProposalPaper, List<String>> terms) {
        Map<String, List<ProposalPaper>> byTerm = new TreeMap<>(Collator.getInstance(Locale.CHINA));
        for (ProposalPaper p : proposals) {
            for (String term : terms.apply(p).stream().distinct().toList()) {
                if (!term.isBlank()) {
                    byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(p);
                }
            }
        }
        List<Paper.Entry> entries = new ArrayList<>();
        entries.add(new Paper.Entry(title, 0, null, null));
        for (Map.Entry<String, List<ProposalPaper>> e : byTerm.entrySet()) {
            entries.add(new Paper.Entry(e.getKey(), 1, null, null));
            for (ProposalPaper p : e.getValue()) {
                entries.add(new Paper.Entry(number(p.number()) + "　" + p.title(), 2, anchor(p), number(p.number())));
            }
        }
        return new Paper.Contents(title, entries.subList(1, entries.size()), anchor);
    }

    private static String anchor(ProposalPaper p) {
        return "p" + p.id();
    }

    private static String join(String a, String b) {
        return (a + " " + b).strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
