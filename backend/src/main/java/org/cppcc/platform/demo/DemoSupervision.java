package org.cppcc.platform.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.NewAccount;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentPlan;
import org.cppcc.platform.proposal.ContactWay;
import org.cppcc.platform.proposal.HandlingForms;
import org.cppcc.platform.proposal.ProposalActions;
import org.cppcc.platform.proposal.ProposalForm;
import org.cppcc.platform.proposal.ProposalHandling;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.proposal.ReviewDecision;
import org.cppcc.platform.shared.time.AdjustableClock;
import org.cppcc.platform.supervision.DeadlineReminders;
import org.cppcc.platform.supervision.SupervisionActions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Supervision in the demo: proposals assigned weeks ago (made with the platform clock set back, through the
 * same commands a person uses), so that the board shows overdue, due-soon and on-track items; two key
 * proposals with their supervising leaders, instructions (one acknowledged), a site visit and a chase; unit
 * leaders for the second escalation level. The reminder scan runs once the demo has committed ({@link
 * DemoCommitteeLoaded}), so that the notification centre holds real reminders from the start.
 */
@Component
class DemoSupervision {

    private final ProposalActions proposals;
    private final ProposalHandling handling;
    private final SupervisionActions supervision;
    private final DeadlineReminders reminders;
    private final AccountService accounts;
    private final AdjustableClock clock;

    DemoSupervision(
            ProposalActions proposals,
            ProposalHandling handling,
            SupervisionActions supervision,
            DeadlineReminders reminders,
            AccountService accounts,
            AdjustableClock clock) {
        this.proposals = proposals;
        this.handling = handling;
        this.supervision = supervision;
        this.reminders = reminders;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load(Map<String, Long> units) {
        Duration before = clock.offset();
        LocalDate today = LocalDate.now(clock);
        try {
            PlatformUser office = user("tab01");
            unitLeader("fgjld", "区发改局分管领导", units.get("fgj"), office);
            unitLeader("zjjld", "区住建局分管领导", units.get("zjj"), office);
            officer("fgjcb1", "刘承办（区发改局）", units.get("fgj"));
            officer("fgjcb2", "孙承办（区发改局）", units.get("fgj"));

            at(before, 75); // contact with the proposer long overdue
            long a = registered("wy021", "关于加快背街小巷微改造的建议", office);
            proposals.assign(office, a, lead(units, "zjj", "czj"));
            sign(a, units, "zjj", "czj");

            at(before, 30); // never signed for: sign-off overdue
            long b = registered("wy022", "关于规范共享单车停放秩序的建议", office);
            proposals.assign(office, b, lead(units, "fgj", null));

            at(before, 3); // sign-off due in a few working days
            long c = registered("wy023", "关于增设社区老年助餐点的建议", office);
            proposals.assign(office, c, lead(units, "mzj", null));

            at(before, 45); // key proposal, reply due soon, instruction acknowledged
            long d = registered("wy024", "关于推进智慧社区建设的建议", office);
            proposals.assign(office, d, lead(units, "cgj", "jd1"));
            sign(d, units, "cgj", "jd1");
            contact(d, units, "cgj");
            supervision.shortlist(office, d, "涉及全区智慧城市建设，群众关注度高");
            at(before, 40);
            supervision.approveKeyProposal(
                    office,
                    d,
                    "五届政协第十二次主席会议",
                    LocalDate.now(clock),
                    user("ld01").id(),
                    today.plusDays(4));
            at(before, 38);
            long instructionD = supervision.instruct(user("ld01"), d, "智慧社区建设要与老旧小区改造统筹推进，请城管局牵头抓好落实，月底前报送进展。");
            supervision.acknowledge(user("cgj"), instructionD, "已召开专题会议部署，将按期报送进展。");
            at(before, 20);
            supervision.recordVisit(
                    user("ld01"),
                    d,
                    false,
                    LocalDate.now(clock),
                    "江湾区枫林社区",
                    "领衔督办领导、提案人、区城管局",
                    "实地查看智慧安防和停车管理平台试点，要求扩大覆盖范围。");

            at(before, 60); // key proposal, shortened reply deadline already passed
            long e = registered("wy025", "关于解决城区道路内涝积水问题的建议", office);
            proposals.assign(office, e, lead(units, "zjj", null));
            sign(e, units, "zjj");
            contact(e, units, "zjj");
            supervision.shortlist(office, e, "汛期安全事关群众生命财产安全");
            at(before, 55);
            supervision.approveKeyProposal(
                    office,
                    e,
                    "五届政协第十二次主席会议",
                    LocalDate.now(clock),
                    user("ld02").id(),
                    today.minusDays(3));
            at(before, 50);
            supervision.instruct(user("ld02"), e, "内涝治理要赶在主汛期前见到成效，请住建局制定时间表并按期答复。");
            at(before, 2);
            supervision.chase(office, e, null, "答复期限已到，请抓紧办理并尽快提交答复。");
        } finally {
            clock.setOffset(before);
        }
    }

    /** The scan runs its own short transactions, one per reminder: none around it. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void remindOnceLoaded(DemoCommitteeLoaded loaded) {
        reminders.scan();
    }

    private void at(Duration before, int daysAgo) {
        clock.setOffset(before.minusDays(daysAgo));
    }

    private long registered(String lead, String title, PlatformUser office) {
        long id = proposals.createDraft(
                user(lead),
                new ProposalForm(
                        false,
                        "SOCIETY",
                        title,
                        "群众反映强烈，问题长期存在，影响居民日常生活。",
                        "部门之间职责交叉，统筹协调不够，资金保障不足。",
                        "一、明确牵头部门；二、制定年度计划并纳入民生实事；三、建立定期通报机制。",
                        ProposerType.INDIVIDUAL,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        true,
                        null));
        proposals.submit(user(lead), id);
        proposals.review(office, id, new ReviewDecision(ReviewDecision.Outcome.REGISTER, null, null, null, null));
        return id;
    }

    private static AssignmentPlan lead(Map<String, Long> units, String lead, String assisting) {
        return new AssignmentPlan(
                AssignmentPlan.Mode.LEAD_AND_ASSISTING,
                units.get(lead),
                assisting == null ? List.of() : List.of(units.get(assisting)),
                null,
                null);
    }

    private void sign(long proposalId, Map<String, Long> units, String... unitUsers) {
        for (String unit : unitUsers) {
            proposals.signFor(user(unit), proposals.currentAssignment(proposalId, units.get(unit)));
        }
    }

    private void contact(long proposalId, Map<String, Long> units, String unit) {
        handling.recordContact(
                user(unit),
                proposals.currentAssignment(proposalId, units.get(unit)),
                new HandlingForms.Contact(LocalDate.now(clock), ContactWay.PHONE, "电话联系提案人，听取意见建议"));
    }

    private void unitLeader(String username, String name, long unitId, PlatformUser office) {
        if (accounts.user(username).isPresent()) {
            return; // already opened when the demo proposals' replies were signed off
        }
        long id = accounts.open(new NewAccount(
                username, name, null, null, Set.of(Role.HANDLING_UNIT), unitId, DemoDataLoader.PASSWORD));
        supervision.setUnitLeaders(office, unitId, List.of(id));
    }

    /** 承办人: an officer account of the unit, to whom the unit hands proposals by name. */
    private void officer(String username, String name, long unitId) {
        if (accounts.user(username).isEmpty()) {
            accounts.open(new NewAccount(
                    username, name, null, null, Set.of(Role.HANDLING_UNIT), unitId, DemoDataLoader.PASSWORD));
        }
    }

    private PlatformUser user(String username) {
        return accounts.user(username).orElseThrow();
    }
}
