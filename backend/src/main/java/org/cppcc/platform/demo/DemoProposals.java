package org.cppcc.platform.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.NewAccount;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentPlan;
import org.cppcc.platform.proposal.BodyKind;
import org.cppcc.platform.proposal.ContactWay;
import org.cppcc.platform.proposal.HandlingForms;
import org.cppcc.platform.proposal.ProposalActions;
import org.cppcc.platform.proposal.ProposalForm;
import org.cppcc.platform.proposal.ProposalHandling;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.proposal.ReturnDecision;
import org.cppcc.platform.proposal.ReviewDecision;
import org.cppcc.platform.proposal.Satisfaction;
import org.cppcc.platform.supervision.SupervisionActions;
import org.springframework.stereotype.Component;

/**
 * About forty proposals of the demo session, spread over the states of the lifecycle, made through the
 * proposal module's own commands so that their Flowable state is real.
 */
@Component
class DemoProposals {

    /** Titles with their category; invented, in the manner of a district committee's proposals. */
    private static final String[][] TITLES = {
        {"关于加快老旧小区加装电梯的建议", "SOCIETY"}, {"关于优化中小学课后服务的建议", "CULTURE"},
        {"关于规范网红经济健康发展的建议", "ECONOMY"}, {"关于完善社区养老服务设施的建议", "SOCIETY"},
        {"关于治理城区背街小巷停车难的建议", "SOCIETY"}, {"关于推进生活垃圾分类常态化的建议", "ECOLOGY"},
        {"关于加强湘江沿岸生态保护的建议", "ECOLOGY"}, {"关于支持小微企业融资的建议", "ECONOMY"},
        {"关于提升夜间经济管理水平的建议", "ECONOMY"}, {"关于加强校园周边交通安全的建议", "SOCIETY"},
        {"关于推动非遗文化进社区的建议", "CULTURE"}, {"关于完善基层协商议事机制的建议", "POLITICS"},
        {"关于改善农贸市场环境卫生的建议", "SOCIETY"}, {"关于建设口袋公园的建议", "ECOLOGY"},
        {"关于提高社区卫生服务能力的建议", "SOCIETY"}, {"关于促进高校毕业生就业的建议", "ECONOMY"},
        {"关于加强公共厕所建设管理的建议", "SOCIETY"}, {"关于推进政务服务一网通办的建议", "POLITICS"},
        {"关于保护历史文化街区的建议", "CULTURE"}, {"关于整治餐饮油烟扰民的建议", "ECOLOGY"},
        {"关于完善托育服务体系的建议", "SOCIETY"}, {"关于发展社区嵌入式服务的建议", "SOCIETY"},
        {"关于提升公交线网覆盖的建议", "SOCIETY"}, {"关于加强电动自行车充电管理的建议", "SOCIETY"},
        {"关于培育特色商业街区的建议", "ECONOMY"}, {"关于加强未成年人心理健康教育的建议", "CULTURE"},
        {"关于推广海绵城市建设的建议", "ECOLOGY"}, {"关于规范物业服务管理的建议", "SOCIETY"},
        {"关于扶持社区体育设施建设的建议", "CULTURE"}, {"关于加强食品安全监管的建议", "SOCIETY"},
        {"关于推进城市更新中居民参与的建议", "POLITICS"}, {"关于完善防汛排涝设施的建议", "ECOLOGY"},
        {"关于支持老字号品牌发展的建议", "ECONOMY"}, {"关于加强社区志愿服务的建议", "POLITICS"},
        {"关于建设智慧停车系统的建议", "ECONOMY"}, {"关于完善残疾人无障碍设施的建议", "SOCIETY"},
        {"关于推动全民阅读的建议", "CULTURE"}, {"关于加强河长制落实的建议", "ECOLOGY"},
        {"关于改善背街小巷照明的建议", "SOCIETY"}, {"关于发展数字经济产业园的建议", "ECONOMY"}
    };

    private final ProposalActions proposals;
    private final ProposalHandling handling;
    private final AccountService accounts;
    private final Clock clock;
    private final Map<String, Long> units = new HashMap<>();

    private final SupervisionActions supervision;

    DemoProposals(
            ProposalActions proposals,
            ProposalHandling handling,
            AccountService accounts,
            Clock clock,
            SupervisionActions supervision) {
        this.supervision = supervision;
        this.proposals = proposals;
        this.handling = handling;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** {@code unitIds} maps demo unit user names (fgj, jyj …) to their unit ids. */
    void load(Map<String, Long> unitIds, Map<String, Long> memberIds) {
        units.putAll(unitIds);
        PlatformUser office = user("tab01");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < TITLES.length; i++) {
            String lead = String.format("wy%03d", i + 1);
            ProposerType type =
                    i % 4 == 1 ? ProposerType.JOINT : i == 7 ? ProposerType.COLLECTIVE : ProposerType.INDIVIDUAL;
            List<Long> cosigners = type == ProposerType.JOINT
                    ? List.of(
                            memberIds.get(String.format("wy%03d", (i + 41) % 60 + 1)),
                            memberIds.get(String.format("wy%03d", (i + 42) % 60 + 1)))
                    : List.of();
            long id = proposals.createDraft(user(lead), form(TITLES[i], type, cosigners, i));
            ids.add(id);
            advance(i, id, lead, type, cosigners, office, ids);
        }
    }

    /** Proposal {@code i} is taken as far as its place in the list says: the demo shows every early state. */
    private void advance(
            int i,
            long id,
            String lead,
            ProposerType type,
            List<Long> cosigners,
            PlatformUser office,
            List<Long> earlier) {
        if (i < 4) {
            return; // 草稿
        }
        proposals.submit(user(lead), id);
        if (type == ProposerType.JOINT) {
            String first = String.format("wy%03d", (i + 41) % 60 + 1);
            proposals.answerInvitation(user(first), id, true);
            if (i < 7) {
                return; // 待联名
            }
            proposals.submitForReview(user(lead), id);
        }
        if (i < 12) {
            return; // 待审查
        }
        switch (i) {
            case 12 ->
                proposals.review(
                        office,
                        id,
                        new ReviewDecision(ReviewDecision.Outcome.REFUSE, "PERSONAL_MATTER", null, null, "建议通过信访渠道反映"));
            case 13 ->
                proposals.review(
                        office,
                        id,
                        new ReviewDecision(
                                ReviewDecision.Outcome.CONVERT,
                                null,
                                ReviewDecision.ConversionKind.PUBLIC_OPINION,
                                null,
                                "内容适合作为社情民意信息报送"));
            case 14 ->
                proposals.review(
                        office,
                        id,
                        new ReviewDecision(ReviewDecision.Outcome.RETURN, null, null, null, "请补充现状数据，并将建议聚焦于一个问题"));
            case 19 ->
                proposals.review(
                        office,
                        id,
                        new ReviewDecision(
                                ReviewDecision.Outcome.MERGE, null, null, earlier.get(16), "与第16项提案反映同一问题，并案办理"));
            default -> register(i, id, office);
        }
    }

    private void register(int i, long id, PlatformUser office) {
        proposals.review(office, id, new ReviewDecision(ReviewDecision.Outcome.REGISTER, null, null, null, null));
        if (i < 20) {
            return; // 待交办
        }
        String[] lead = {"zjj", "jyj", "cgj", "mzj", "wjj", "sthjj", "fgj", "scjgj", "wljj", "rsj"};
        String leadUnit = lead[i % lead.length];
        String assisting = leadUnit.equals("czj") ? "fgj" : "czj";
        AssignmentPlan plan = i % 5 == 0
                ? new AssignmentPlan(
                        AssignmentPlan.Mode.SPLIT,
                        null,
                        null,
                        List.of(units.get(leadUnit), units.get("jd" + (i % 6 + 1))),
                        "请各单位分别办理答复")
                : new AssignmentPlan(
                        AssignmentPlan.Mode.LEAD_AND_ASSISTING,
                        units.get(leadUnit),
                        List.of(units.get(assisting)),
                        null,
                        null);
        proposals.assign(office, id, plan);
        if (i < 26) {
            return; // 待签收
        }
        List<String> signers = new ArrayList<>(List.of(leadUnit, i % 5 == 0 ? "jd" + (i % 6 + 1) : assisting));
        if (i == 26) {
            signAs(signers.get(0), id); // partly signed
            return;
        }
        if (i == 27) {
            proposals.requestReturn(user(signers.get(1)), assignmentOf(signers.get(1), id), "该事项不属于本单位职能范围");
            return; // return requested
        }
        if (i == 28) {
            long returned = assignmentOf(signers.get(1), id);
            proposals.requestReturn(user(signers.get(1)), returned, "建议由区财政局以外的单位会办");
            proposals.decideReturn(office, returned, new ReturnDecision(true, units.get("gxj"), "改由区工信局会办"));
            signers.set(1, "gxj");
        }
        signers.forEach(unit -> signAs(unit, id)); // 办理中
        if (i >= 30) {
            handle(i, id, signers, i % 5 == 0, office);
        }
    }

    /**
     * Proposals 30 to 39 go on through handling: a reply drafted, under review, awaiting evaluation,
     * evaluated, in a second round, closed (one still tracked), and published.
     */
    private void handle(int i, long id, List<String> units, boolean split, PlatformUser office) {
        String lead = units.get(0);
        String second = units.get(1);
        long leadAssignment = assignmentOf(lead, id);
        long secondAssignment = assignmentOf(second, id);
        handling.recordContact(
                user(lead),
                leadAssignment,
                new HandlingForms.Contact(LocalDate.now(clock).minusDays(3), ContactWay.VISIT, "走访提案人，听取意见并介绍办理思路"));
        if (!split) {
            handling.sendOpinion(user(second), secondAssignment, new HandlingForms.Opinion("同意主办单位意见，本单位将在职责范围内配合落实。"));
        }
        ReplyClass replyClass = i == 36 ? ReplyClass.B : ReplyClass.A;
        handling.saveReply(user(lead), leadAssignment, reply(replyClass, lead));
        if (split) {
            handling.saveReply(user(second), secondAssignment, reply(ReplyClass.A, second));
        }
        if (i == 30) {
            return; // 办理中, reply drafted
        }
        handling.submitReply(user(lead), leadAssignment);
        if (i == 31) {
            return; // 答复审核: awaiting countersign
        }
        if (!split) {
            handling.countersign(user(second), secondAssignment, new HandlingForms.Countersign(true, null));
        } else {
            handling.submitReply(user(second), secondAssignment);
            handling.approveReply(leader(second, office), secondAssignment);
            handling.checkReply(office, secondAssignment, new HandlingForms.ReplyCheck(true, null, null));
        }
        handling.approveReply(leader(lead, office), leadAssignment);
        handling.checkReply(office, leadAssignment, new HandlingForms.ReplyCheck(true, null, null));
        if (i == 32) {
            return; // 待评价
        }
        String proposer = String.format("wy%03d", i + 1);
        boolean unsatisfied = i == 34;
        handling.evaluate(
                user(proposer), id, evaluation(unsatisfied ? Satisfaction.UNSATISFIED : Satisfaction.SATISFIED));
        if (i % 4 == 1) {
            handling.evaluate(
                    user(String.format("wy%03d", (i + 41) % 60 + 1)), id, evaluation(Satisfaction.BASICALLY_SATISFIED));
        }
        if (i == 33) {
            return; // 待评价, all answered
        }
        if (unsatisfied) {
            handling.decideAfterEvaluation(
                    office,
                    id,
                    new HandlingForms.AfterEvaluation(HandlingForms.AfterEvaluation.Decision.REHANDLE, "请进一步研究落实"));
            return; // 重新办理
        }
        handling.decideAfterEvaluation(
                office, id, new HandlingForms.AfterEvaluation(HandlingForms.AfterEvaluation.Decision.CLOSE, null));
        if (i >= 37 && i % 10 != 9) {
            handling.publish(office, id); // 已公开
        }
    }

    private static HandlingForms.Reply reply(ReplyClass replyClass, String unit) {
        return new HandlingForms.Reply(
                replyClass,
                "一、关于所提问题，我单位高度重视，已会同有关部门开展专题调研。\n" + "二、已制定工作方案，明确责任分工和时间节点。\n三、下一步将持续跟踪落实，定期向提案人通报进展。",
                "分管领导",
                "办理人",
                "0731-8560" + (1000 + Math.abs(unit.hashCode()) % 9000));
    }

    private static HandlingForms.Evaluation evaluation(Satisfaction satisfaction) {
        return new HandlingForms.Evaluation(null, true, ContactWay.VISIT, satisfaction, satisfaction, null);
    }

    private void signAs(String unitUser, long proposalId) {
        proposals.signFor(user(unitUser), assignmentOf(unitUser, proposalId));
    }

    private long assignmentOf(String unitUser, long proposalId) {
        return proposals.currentAssignment(proposalId, units.get(unitUser));
    }

    private ProposalForm form(String[] title, ProposerType type, List<Long> cosigners, int i) {
        boolean collective = type == ProposerType.COLLECTIVE;
        return new ProposalForm(
                i % 3 != 2,
                title[1],
                title[0],
                "近年来，" + title[0].substring(2, title[0].length() - 3) + "问题日益受到群众关注，"
                        + "委员在走访调研中收集到大量意见，现有做法与群众期待仍有差距。",
                "主要原因：一是统筹协调机制不健全；二是资金与人员保障不足；三是群众参与渠道不畅。",
                "一、建立由相关部门牵头的工作机制；二、加大财政投入并引导社会资本参与；三、畅通群众意见反映渠道，定期通报进展。",
                type,
                collective ? BodyKind.PARTY : null,
                collective ? "民建江湾区基层委员会" : null,
                collective ? "许文博" : null,
                collective ? "0731-85602233" : null,
                cosigners,
                List.of(),
                i % 10 != 9,
                i % 10 == 9 ? "涉及个人隐私信息" : null);
    }

    /** The unit's 分管领导 (login {@code <unit>ld}), opened and named on first use: only they sign off replies. */
    PlatformUser leader(String unit, PlatformUser office) {
        String username = unit + "ld";
        return accounts.user(username).orElseGet(() -> {
            long id = accounts.open(new NewAccount(
                    username,
                    "分管领导（" + unit + "）",
                    null,
                    null,
                    Set.of(Role.HANDLING_UNIT),
                    units.get(unit),
                    DemoDataLoader.PASSWORD));
            supervision.setUnitLeaders(office, units.get(unit), List.of(id));
            return user(username);
        });
    }

    private PlatformUser user(String username) {
        return accounts.user(username).orElseThrow();
    }
}
