package org.cppcc.platform.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.consultation.Conclusion;
import org.cppcc.platform.consultation.ConclusionForm;
import org.cppcc.platform.consultation.ConsultationActions;
import org.cppcc.platform.consultation.DecisionForm;
import org.cppcc.platform.consultation.DutyForm;
import org.cppcc.platform.consultation.DutyKind;
import org.cppcc.platform.consultation.DutyPeriod;
import org.cppcc.platform.consultation.MatterForm;
import org.cppcc.platform.consultation.MeetingPlan;
import org.cppcc.platform.consultation.MemberEvaluation;
import org.cppcc.platform.consultation.Minutes;
import org.cppcc.platform.consultation.ParticipantKind;
import org.cppcc.platform.consultation.PhotoUpload;
import org.cppcc.platform.consultation.ProgressReport;
import org.cppcc.platform.consultation.RaisedMatter;
import org.cppcc.platform.consultation.ResidentEvaluation;
import org.cppcc.platform.consultation.Satisfaction;
import org.cppcc.platform.consultation.TriageDecision;
import org.cppcc.platform.consultation.TriageOutcome;
import org.springframework.stereotype.Component;

/**
 * The demo workstations' duty rosters and about twenty-five matters spread over the six steps, made
 * through the consultation module's own commands (and so with real Flowable state and history).
 * Every name, place and phone number is invented.
 */
@Component
class DemoConsultations {

    /** How far a demo matter is taken. */
    enum Stage {
        RAISED,
        DELIBERATING,
        DECIDING,
        DECIDED,
        IMPLEMENTING,
        EVALUATING,
        CLOSED,
        RECONSULTED_CLOSED
    }

    /** One demo matter: where, what, how far, and the units of its actions. */
    record Matter(int station, String title, String description, String place, Stage stage, String... units) {}

    private static final List<Matter> MATTERS = List.of(
            new Matter(
                    0,
                    "大托新村村口早晚高峰交通拥堵",
                    "村口是进出的唯一通道，早晚高峰车辆和行人混行，学生上下学很危险，希望增设信号灯和斑马线。",
                    "大托新村村口",
                    Stage.CLOSED,
                    "cgj",
                    "jd1"),
            new Matter(0, "天剑社区公共厕所年久失修", "社区唯一的公共厕所年久失修，异味大、夜间无照明，老人如厕不便。", "天剑社区文化广场东侧", Stage.CLOSED, "cgj"),
            new Matter(0, "青石桥夜市噪音扰民", "夜市营业到凌晨，音响声、吆喝声很大，临街住户晚上无法休息。", "青石桥夜市", Stage.EVALUATING, "cgj", "scjgj"),
            new Matter(
                    0, "石门小区加装电梯协调难", "小区多栋楼想加装电梯，低层住户有顾虑，补贴政策也不清楚，一直推不动。", "石门小区3栋", Stage.IMPLEMENTING, "zjj", "jd1"),
            new Matter(0, "青石路人行道共享单车乱停放", "人行道上共享单车停得满满当当，轮椅和婴儿车都过不去。", "青石路与石门路交叉口", Stage.IMPLEMENTING, "cgj"),
            new Matter(0, "老旧小区雨天积水严重", "每逢大雨小区主干道积水没过脚踝，地下车库进水。", "青石桥社区老干所宿舍", Stage.DECIDED, "zjj"),
            new Matter(0, "菜市场周边占道经营", "菜市场门口摊贩占道经营，早上买菜人多时车辆无法通行。", "青石农贸市场", Stage.DECIDING),
            new Matter(0, "小区电动车飞线充电隐患大", "充电桩太少，不少居民从楼上拉电线给电动车充电，存在火灾隐患。", "石门小区", Stage.DELIBERATING),
            new Matter(0, "背街小巷路灯不亮", "青石巷一带路灯坏了两个多月，晚上出行很不安全。", "青石巷", Stage.RAISED),
            new Matter(1, "桂花坪社区广场舞音响扰民", "广场舞音响开得很大，持续到晚上十点，影响周边居民休息和学生学习。", "桂花坪社区广场", Stage.CLOSED, "jd2"),
            new Matter(1, "桂花路下水道经常堵塞", "下水道经常堵塞返臭，雨天污水漫到路面。", "桂花路中段", Stage.IMPLEMENTING, "zjj", "jd2"),
            new Matter(1, "社区健身器材损坏无人修", "小游园的健身器材多处损坏，存在安全隐患。", "桂花坪小游园", Stage.EVALUATING, "wljj"),
            new Matter(1, "小区绿化带被占用种菜", "部分居民把绿化带改成菜地，还使用粪肥，气味难闻。", "桂花苑小区", Stage.DELIBERATING),
            new Matter(1, "垃圾分类亭异味大", "垃圾分类亭清运不及时，夏天异味很大。", "桂花苑小区北门", Stage.RAISED),
            new Matter(2, "江湾新村停车位紧张", "小区车位严重不足，车辆停满消防通道。", "江湾新村", Stage.IMPLEMENTING, "zjj", "jd3"),
            new Matter(2, "滨江步道夜间照明不足", "滨江步道晚上很多路段没有灯，散步的老人容易摔倒。", "江湾滨江步道", Stage.RECONSULTED_CLOSED, "cgj"),
            new Matter(2, "农贸市场油烟扰民", "市场里的熟食摊油烟直排，楼上住户不敢开窗。", "江湾农贸市场", Stage.DECIDED, "sthjj", "scjgj"),
            new Matter(2, "小区门禁系统经常故障", "门禁经常失灵，外来人员随意进出。", "江湾新村二期", Stage.RAISED),
            new Matter(3, "白沙井周边游客车辆乱停", "节假日游客车辆乱停乱放，堵住居民出行。", "白沙井景区周边", Stage.RAISED));

    private final ConsultationActions consultation;
    private final AccountService accounts;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private int phoneSeq;

    DemoConsultations(
            ConsultationActions consultation, AccountService accounts, WorkingDayCalendar calendar, Clock clock) {
        this.consultation = consultation;
        this.accounts = accounts;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * {@code stations} are the fourteen subdistrict workstations in order (the first three have the liaisons
     * lly01..lly03); {@code units} maps demo unit user names to unit ids, {@code members} member user names
     * (wy001 …, stationed round-robin on the stations) to member ids.
     */
    void load(List<Long> stations, Map<String, Long> units, Map<String, Long> members) {
        rosters(stations, members);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < MATTERS.size(); i++) {
            ids.add(run(MATTERS.get(i), i, stations, units, members));
        }
        outcomesOfTriage(stations, members, ids);
    }

    /**
     * Two duties a working day for two weeks at every station, from its own members; one city member helps out at
     * 青石.
     */
    private void rosters(List<Long> stations, Map<String, Long> members) {
        LocalDate today = LocalDate.now(clock);
        for (int s = 0; s < stations.size(); s++) {
            PlatformUser keeper = user(s < 3 ? String.format("lly%02d", s + 1) : "admin");
            List<Long> own = stationed(s, stations.size(), members);
            int d = 0;
            for (LocalDate day = today; day.isBefore(today.plusDays(14)); day = day.plusDays(1)) {
                if (!day.equals(today) && !calendar.isWorkingDay(day)) {
                    continue;
                }
                consultation.addDuty(
                        keeper,
                        stations.get(s),
                        new DutyForm(own.get(d % own.size()), day, DutyPeriod.MORNING, DutyKind.ONLINE, null));
                consultation.addDuty(
                        keeper,
                        stations.get(s),
                        new DutyForm(
                                own.get((d + 1) % own.size()),
                                day,
                                DutyPeriod.AFTERNOON,
                                DutyKind.RECEPTION,
                                d == 0 ? "重点接待交通、环境类诉求" : null));
                d++;
            }
        }
        consultation.addDuty(
                user("lly01"),
                stations.get(0),
                new DutyForm(members.get("wy010"), today, DutyPeriod.EVENING, DutyKind.RECEPTION, "市政协委员驻站接待"));
    }

    private static List<Long> stationed(int station, int stations, Map<String, Long> members) {
        List<Long> ids = new ArrayList<>();
        for (int i = station; i < 60; i += stations) {
            ids.add(members.get(String.format("wy%03d", i + 1)));
        }
        return ids;
    }

    private long run(Matter m, int index, List<Long> stations, Map<String, Long> units, Map<String, Long> members) {
        long station = stations.get(m.station());
        String liaison = m.station() < 3 ? String.format("lly%02d", m.station() + 1) : null;
        String dutyMember = String.format("wy%03d", m.station() + 1);
        String phone = nextPhone();
        MatterForm form = new MatterForm(station, m.title(), m.description(), m.place(), phone);
        List<PhotoUpload> photos = index % 3 == 0 ? List.of(photo(index)) : List.of();
        // jm01 follows two matters from their own account; one matter was told at a reception.
        RaisedMatter raised = index == 0 || index == 8
                ? consultation.raise(user("jm01"), form, photos)
                : index == 6
                        ? consultation.logReception(user(dutyMember), form, photos)
                        : consultation.raise(null, form, photos);
        long id = raised.id();
        if (m.stage() == Stage.RAISED) {
            return id;
        }
        consultation.triage(
                user(dutyMember), id, new TriageDecision(TriageOutcome.CONSULT, "涉及多个部门，提交协商议事", null, null));
        PlatformUser lly = user(liaison);
        long meeting = consultation.scheduleMeeting(lly, id, meetingPlan(m, station, units, members));
        if (m.stage() == Stage.DELIBERATING) {
            return id;
        }
        consultation.recordMinutes(
                lly,
                meeting,
                new Minutes("会议由工作站联络员主持。居民代表介绍了问题现状，驻站委员和相关部门逐一发表意见，" + "与会各方就解决办法达成一致，明确了责任单位和完成时限。", List.of()));
        if (m.stage() == Stage.DECIDING) {
            return id;
        }
        List<Long> actions = consultation.decide(lly, id, decision(m, units));
        if (m.stage() == Stage.DECIDED) {
            return id;
        }
        consultation.publish(lly, id);
        if (m.stage() == Stage.IMPLEMENTING) {
            consultation.reportProgress(
                    unit(m.units()[0]),
                    actions.get(0),
                    new ProgressReport(60, "已完成现场勘查和方案设计，正在组织施工。"),
                    List.of(photo(index + 1)));
            if (actions.size() > 1) {
                consultation.reportProgress(
                        unit(m.units()[1]), actions.get(1), new ProgressReport(100, "已入户走访并完成协调工作。"), List.of());
            }
            return id;
        }
        finishActions(m, actions);
        evaluate(raised, phone, members, m.station(), Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED);
        if (m.stage() == Stage.RECONSULTED_CLOSED) {
            consultation.conclude(lly, id, new ConclusionForm(Conclusion.RECONSULT, "部分居民反映仍有路段偏暗，重新协商", null));
            long second = consultation.scheduleMeeting(lly, id, meetingPlan(m, station, units, members));
            consultation.recordMinutes(lly, second, new Minutes("第二次协商：补充照明点位，延长亮灯时间。", List.of()));
            List<Long> again = consultation.decide(lly, id, decision(m, units));
            consultation.publish(lly, id);
            finishActions(m, again);
            evaluate(raised, phone, members, m.station(), Satisfaction.SATISFIED, Satisfaction.SATISFIED);
        } else if (m.stage() == Stage.EVALUATING) {
            return id;
        }
        consultation.conclude(lly, id, new ConclusionForm(Conclusion.CLOSE, "群众评价满意，事项办结", null));
        return id;
    }

    /** The other ways triage ends a matter: answered, reported, handed to a member, merged, declined. */
    private void outcomesOfTriage(List<Long> stations, Map<String, Long> members, List<Long> ids) {
        long station = stations.get(0);
        PlatformUser lly = user("lly01");
        long answered = consultation
                .raise(
                        null,
                        new MatterForm(station, "楼道堆放杂物谁来清理", "楼道里堆满了纸箱和旧家具，想知道该找谁清理。", "青石桥社区5栋", nextPhone()),
                        List.of())
                .id();
        consultation.triage(
                lly,
                answered,
                new TriageDecision(TriageOutcome.ANSWER, "已联系社区物业，物业承诺三日内清理完毕，并将楼道杂物纳入每周巡查。", null, null));
        long opinion = consultation
                .raise(
                        null,
                        new MatterForm(station, "建议调整302路公交站点", "302路公交站离小区太远，老人出行不便，建议增设站点。", "青石路公交站", nextPhone()),
                        List.of())
                .id();
        consultation.triage(
                lly, opinion, new TriageDecision(TriageOutcome.PUBLIC_OPINION, "涉及全市公交线网调整，整理为社情民意信息报送。", null, null));
        long proposal = consultation
                .raise(
                        null,
                        new MatterForm(station, "社区缺少老年助餐食堂", "社区老人多，子女上班，午饭没人做，希望建设老年助餐点。", "青石桥社区", nextPhone()),
                        List.of())
                .id();
        consultation.triage(
                user("wy015"),
                proposal,
                new TriageDecision(TriageOutcome.PROPOSAL, "建议在全区推进社区助餐服务体系建设。", null, members.get("wy015")));
        long merged = consultation
                .raise(null, new MatterForm(station, "共享单车堵住人行道", "石门路口人行道被共享单车占满。", "石门路口", nextPhone()), List.of())
                .id();
        consultation.triage(lly, merged, new TriageDecision(TriageOutcome.MERGE, "与已在办理的事项反映同一问题", ids.get(4), null));
        long declined = consultation
                .raise(null, new MatterForm(station, "邻居装修噪音", "楼上邻居装修噪音大。", "石门小区7栋", nextPhone()), List.of())
                .id();
        consultation.triage(
                lly, declined, new TriageDecision(TriageOutcome.DECLINE, "属于邻里之间的个人纠纷，已引导通过社区人民调解委员会调解。", null, null));
    }

    private MeetingPlan meetingPlan(Matter m, long station, Map<String, Long> units, Map<String, Long> members) {
        List<MeetingPlan.Invitee> invitees = new ArrayList<>();
        invitees.add(new MeetingPlan.Invitee(
                ParticipantKind.MEMBER, members.get(String.format("wy%03d", m.station() + 1)), null, null));
        invitees.add(new MeetingPlan.Invitee(
                ParticipantKind.MEMBER, members.get(String.format("wy%03d", m.station() + 15)), null, null));
        invitees.add(new MeetingPlan.Invitee(ParticipantKind.RESIDENT_REPRESENTATIVE, null, null, "居民代表"));
        invitees.add(new MeetingPlan.Invitee(ParticipantKind.COMMUNITY, null, null, "社区居委会"));
        for (String code : m.units().length == 0 ? new String[] {"jd" + (m.station() + 1)} : m.units()) {
            boolean office = code.startsWith("jd");
            invitees.add(new MeetingPlan.Invitee(
                    office ? ParticipantKind.SUBDISTRICT_OFFICE : ParticipantKind.UNIT, null, units.get(code), null));
        }
        if (m.station() == 0) {
            invitees.add(new MeetingPlan.Invitee(ParticipantKind.EXPERT, null, null, "城市规划专家"));
        }
        // A meeting still to be held lies ahead; the others were held two days ago.
        LocalDateTime when = m.stage() == Stage.DELIBERATING
                ? LocalDate.now(clock).plusDays(3).atTime(14, 30)
                : LocalDate.now(clock).minusDays(2).atTime(9, 30);
        return new MeetingPlan(
                "关于「" + m.title() + "」的协商议事会",
                when,
                m.station() == 1,
                m.station() == 1 ? "线上视频会议" : "工作站二楼议事厅",
                invitees);
    }

    private DecisionForm decision(Matter m, Map<String, Long> units) {
        List<DecisionForm.ActionPlan> actions = new ArrayList<>();
        String[] verbs = {"制定整治方案并组织实施", "做好居民沟通协调和日常巡查"};
        for (int i = 0; i < m.units().length; i++) {
            actions.add(new DecisionForm.ActionPlan(verbs[i % verbs.length], units.get(m.units()[i]), 10 + 5 * i));
        }
        return new DecisionForm("经协商，各方同意针对「" + m.title() + "」分工落实整改措施，限期完成并向居民公开进展。", actions);
    }

    private void finishActions(Matter m, List<Long> actions) {
        for (int i = 0; i < actions.size(); i++) {
            consultation.reportProgress(
                    unit(m.units()[i]), actions.get(i), new ProgressReport(100, "措施已全部落实，现场已验收。"), List.of());
        }
    }

    /** The raiser rates with their tracking code (an official rating), a neighbour without one (unverified). */
    private void evaluate(
            RaisedMatter matter,
            String raiserPhone,
            Map<String, Long> members,
            int station,
            Satisfaction raiser,
            Satisfaction neighbour) {
        long id = matter.id();
        consultation.evaluate(
                id, new ResidentEvaluation(raiserPhone, raiser, "问题解决了，感谢委员和各部门！", matter.trackingCode()));
        consultation.evaluate(id, new ResidentEvaluation(nextPhone(), neighbour, "总体满意，希望长效管理。"));
        consultation.evaluate(
                user(String.format("wy%03d", station + 1)),
                id,
                new MemberEvaluation(Satisfaction.SATISFIED, "整改到位，群众认可。"));
    }

    private String nextPhone() {
        return String.format("1390731%04d", ++phoneSeq);
    }

    /** A plain picture standing in for a resident's or a unit's photo. */
    private static PhotoUpload photo(int seed) {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8e + seed * 7 % 60, 0xb0, 0xc8 - seed * 5 % 60));
        g.fillRect(0, 0, 480, 320);
        g.setColor(new Color(0x5a, 0x5a, 0x5a));
        g.fillRect(0, 220, 480, 100);
        g.setColor(Color.WHITE);
        for (int x = 20; x < 480; x += 80) {
            g.fillRect(x, 262, 40, 8);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PhotoUpload("photo-" + seed + ".jpg", out.toByteArray());
    }

    private PlatformUser unit(String code) {
        return user(code);
    }

    private PlatformUser user(String username) {
        return accounts.user(username).orElseThrow();
    }
}
