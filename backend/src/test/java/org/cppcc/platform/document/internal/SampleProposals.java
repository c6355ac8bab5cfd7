package org.cppcc.platform.document.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.proposal.ProposalPaper;
import org.cppcc.platform.proposal.ProposalPapers;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.proposal.UnitRole;

/** Generated proposals with replies, of realistic length, for the benchmark and the sample pages. */
final class SampleProposals {

    static final String SESSION = "江湾区政协五届三次会议";

    private static final String[] CATEGORIES = {"经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"};
    private static final String[] UNITS = {
        "区发展和改革局", "区教育局", "区住房和城乡建设局", "区民政局", "区卫生健康局", "区生态环境局", "区交通运输局", "区文化旅游广电体育局", "区市场监督管理局", "区人力资源和社会保障局"
    };
    private static final String[] NAMES = {
        "王建华", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴强", "徐丽", "孙浩", "胡军", "朱琳", "高峰", "林芳", "何勇", "郭敏",
        "马超", "罗晶"
    };
    private static final String[] SECTORS = {"中国共产党", "民革", "民盟", "民建", "无党派人士", "教育界", "医药卫生界", "经济界"};
    private static final String[] SUBJECTS = {
        "老旧小区加装电梯",
        "中小学课后服务",
        "社区养老服务中心建设",
        "城区停车难治理",
        "农村生活污水处理",
        "小微企业融资",
        "非遗文化传承保护",
        "公共体育设施开放",
        "背街小巷改造提质",
        "基层医疗卫生服务能力"
    };

    private SampleProposals() {}

    static List<ProposalPaper> session(int count, boolean withReplies) {
        List<ProposalPaper> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(proposal(i, withReplies));
        }
        return list;
    }

    static ProposalPaper proposal(int i, boolean withReplies) {
        int number = i + 1;
        String subject = SUBJECTS[i % SUBJECTS.length];
        String title = "关于进一步做好" + subject + "工作的建议（" + number + "）";
        String proposer = NAMES[i % NAMES.length];
        UnitRole[] roles = {UnitRole.LEAD, UnitRole.ASSISTING};
        List<ProposalPaper.Unit> units = new ArrayList<>();
        for (int u = 0; u < 2; u++) {
            units.add(new ProposalPaper.Unit(
                    u,
                    UNITS[(i + u * 3) % UNITS.length],
                    roles[u],
                    LocalDate.of(2026, 5, 15).plusDays(i % 20)));
        }
        List<ProposalPaper.Reply> replies = new ArrayList<>();
        if (withReplies) {
            replies.add(reply(i, number, title, proposer, units));
        }
        return new ProposalPaper(
                number,
                1,
                SESSION,
                number,
                CATEGORIES[i % CATEGORIES.length],
                title,
                i % 3 == 0 ? ProposerType.JOINT : ProposerType.INDIVIDUAL,
                proposer,
                SECTORS[i % SECTORS.length],
                null,
                "1387310" + String.format("%04d", i),
                i % 3 == 0
                        ? List.of(
                                new ProposalPaper.Person(
                                        NAMES[(i + 7) % NAMES.length], SECTORS[(i + 1) % SECTORS.length]),
                                new ProposalPaper.Person(
                                        NAMES[(i + 11) % NAMES.length], SECTORS[(i + 2) % SECTORS.length]))
                        : List.of(),
                paragraphs("近年来，我区" + subject + "工作取得了一定成效，但仍存在统筹不够、投入不足、群众获得感不强等问题。", 3),
                paragraphs("究其原因，一是部门之间协调机制尚不健全；二是资金保障渠道单一；三是基层工作力量薄弱。", 3),
                "一、建立" + subject + "联席会议制度，明确牵头部门和责任分工。\n二、加大财政投入，引导社会资本参与。\n"
                        + "三、加强基层队伍建设，完善考核激励机制。\n四、定期向区政协通报工作进展。",
                "办结",
                "符合立案条件，同意立案，交" + units.get(0).name() + "主办。",
                LocalDateTime.of(2026, 1, 10, 9, 30),
                LocalDateTime.of(2026, 1, 20, 15, 0),
                units,
                replies);
    }

    private static ProposalPaper.Reply reply(
            int i, int number, String title, String proposer, List<ProposalPaper.Unit> units) {
        String unit = units.get(0).name();
        return new ProposalPaper.Reply(
                1000 + i,
                number,
                number,
                title,
                SESSION,
                proposer,
                ProposerType.INDIVIDUAL,
                unit,
                UnitRole.LEAD,
                List.of(units.get(1).name()),
                "江发改提复〔2026〕" + number + "号",
                "关于区政协五届三次会议第" + number + "号提案的答复",
                ReplyClass.values()[i % 3],
                paragraphs("感谢您对我区工作的关心和支持。经认真研究，现就所提建议答复如下：", 1) + "\n"
                        + paragraphs("一、关于建立联席会议制度。我局已会同相关部门起草工作方案，拟于年内报区政府审定。", 2) + "\n"
                        + paragraphs("二、关于加大投入。今年区财政安排专项资金，并积极争取上级补助资金支持。", 2) + "\n"
                        + "再次感谢您的宝贵建议，欢迎继续对我们的工作提出意见。",
                "周建国",
                "王海燕",
                "0731-85601001",
                ReplyStatus.SENT,
                LocalDate.of(2026, 5, 10));
    }

    static ProposalPapers.HandedOver handedOver(ProposalPaper p) {
        return new ProposalPapers.HandedOver(
                p.id(),
                p.number(),
                p.title(),
                p.proposer(),
                p.units().get(0).role(),
                p.units().get(1).name(),
                LocalDate.of(2026, 2, 2),
                p.units().get(0).replyDueDate(),
                LocalDateTime.of(2026, 1, 26, 10, 0),
                null);
    }

    private static String paragraphs(String sentence, int repeat) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < repeat; r++) {
            s.append(sentence);
        }
        return s.toString();
    }
}
