package org.cppcc.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.NewAccount;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.calendar.DayKind;
import org.cppcc.platform.calendar.HolidayBook;
import org.cppcc.platform.organisation.MemberLevel;
import org.cppcc.platform.organisation.OrganisationSetup;
import org.cppcc.platform.organisation.OrganisationSetup.NewMember;
import org.cppcc.platform.organisation.UnitKind;
import org.cppcc.platform.organisation.WorkstationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo committee once, into an empty database. All names are invented. */
@Component
@Order(0)
@ConditionalOnProperty(name = "platform.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrganisationSetup organisation;
    private final AccountService accounts;
    private final HolidayBook holidays;
    private final DemoProposals proposals;
    private final DemoSupervision supervision;
    private final DemoConsultations consultations;
    private final ApplicationEventPublisher events;
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, Long> memberIds = new HashMap<>();

    DemoDataLoader(
            OrganisationSetup organisation,
            AccountService accounts,
            HolidayBook holidays,
            DemoProposals proposals,
            DemoSupervision supervision,
            DemoConsultations consultations,
            ApplicationEventPublisher events) {
        this.organisation = organisation;
        this.accounts = accounts;
        this.holidays = holidays;
        this.proposals = proposals;
        this.supervision = supervision;
        this.consultations = consultations;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.exists("admin")) {
            return;
        }
        log.info("Loading the demo committee (江湾区政协), all passwords {}", PASSWORD);
        organisation.openSession(5, 3, "五届三次", LocalDate.of(2026, 1, 8), LocalDate.of(2026, 12, 31), true);
        List<Long> sectors = sectors();
        List<Long> units = units();
        List<Long> stations = workstations();
        members(sectors, stations);
        staff(stations);
        holidays2026();
        proposals.load(unitIds, memberIds);
        supervision.load(unitIds);
        consultations.load(stations, unitIds, memberIds);
        events.publishEvent(new DemoCommitteeLoaded());
        log.info(
                "Demo committee loaded: {} sectors, {} units, {} workstations",
                sectors.size(),
                units.size(),
                stations.size());
    }

    private List<Long> sectors() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DemoNames.SECTORS.length; i++) {
            ids.add(organisation.createSector(String.format("S%02d", i + 1), DemoNames.SECTORS[i], i + 1));
        }
        return ids;
    }

    private List<Long> units() {
        List<Long> ids = new ArrayList<>();
        for (String[] unit : DemoNames.DEPARTMENTS) {
            long id = organisation.createUnit(unit[0].toUpperCase(), unit[1], UnitKind.DEPARTMENT, unit[2], unit[3]);
            ids.add(id);
            unitIds.put(unit[0], id);
            account(unit[0], unit[1] + "办理员", Set.of(Role.HANDLING_UNIT), id);
        }
        for (int i = 0; i < 6; i++) {
            String code = "jd" + (i + 1);
            long id = organisation.createUnit(
                    code.toUpperCase(),
                    DemoNames.SUBDISTRICTS[i] + "街道办事处",
                    UnitKind.SUBDISTRICT_OFFICE,
                    DemoNames.person(200 + i),
                    "0731-8560" + (1100 + i));
            ids.add(id);
            unitIds.put(code, id);
            account(code, DemoNames.SUBDISTRICTS[i] + "街道办理员", Set.of(Role.HANDLING_UNIT), id);
        }
        return ids;
    }

    private List<Long> workstations() {
        List<Long> stations = new ArrayList<>();
        for (int i = 0; i < DemoNames.SUBDISTRICTS.length; i++) {
            String subdistrict = DemoNames.SUBDISTRICTS[i];
            long subdistrictId = organisation.createSubdistrict(subdistrict + "街道", i + 1);
            stations.add(organisation.createWorkstation(
                    subdistrict + "街道智慧委员工作站",
                    WorkstationKind.STATION,
                    subdistrictId,
                    null,
                    "江湾区" + subdistrict + "街道便民服务中心二楼"));
            if (i < DemoNames.COMMUNITIES.length) {
                for (String community : DemoNames.COMMUNITIES[i]) {
                    long communityId = organisation.createCommunity(subdistrictId, community + "社区");
                    organisation.createWorkstation(
                            community + "社区委员工作室",
                            WorkstationKind.ROOM,
                            subdistrictId,
                            communityId,
                            community + "社区党群服务中心");
                }
            }
        }
        return stations;
    }

    private void members(List<Long> sectors, List<Long> stations) {
        for (int i = 0; i < 60; i++) {
            String username = String.format("wy%03d", i + 1);
            String name = DemoNames.person(i);
            long accountId = account(username, name, Set.of(Role.MEMBER), null);
            MemberLevel level = i % 10 == 9 ? MemberLevel.CITY : MemberLevel.DISTRICT;
            memberIds.put(
                    username,
                    organisation.createMember(new NewMember(
                            accountId,
                            name,
                            i % 3 == 0 ? "女" : "男",
                            sectors.get(i % sectors.size()),
                            level,
                            DemoNames.PARTIES[i % DemoNames.PARTIES.length],
                            DemoNames.WORKPLACES[i % DemoNames.WORKPLACES.length],
                            "1380731" + String.format("%04d", i + 1),
                            stations.get(i % stations.size()))));
        }
    }

    private void staff(List<Long> stations) {
        account("admin", "系统管理员", Set.of(Role.ADMIN), null);
        account("tab01", DemoNames.person(100), Set.of(Role.PROPOSAL_OFFICE), null);
        account("tab02", DemoNames.person(101), Set.of(Role.PROPOSAL_OFFICE), null);
        account("ld01", DemoNames.person(102), Set.of(Role.LEADER), null);
        account("ld02", DemoNames.person(103), Set.of(Role.LEADER), null);
        account("jm01", DemoNames.person(104), Set.of(Role.RESIDENT), null);
        for (int i = 0; i < 3; i++) {
            long liaison = account(
                    String.format("lly%02d", i + 1), DemoNames.person(110 + i), Set.of(Role.WORKSTATION_LIAISON), null);
            organisation.appointLiaison(stations.get(i), liaison);
        }
    }

    /** The 2026 public holidays and make-up working days of the State Council's notice. */
    private void holidays2026() {
        String[][] days = {
            {"2026-01-01", "元旦"},
            {"2026-01-02", "元旦"},
            {"2026-01-03", "元旦"},
            {"+2026-01-04", "元旦调休"},
            {"+2026-02-14", "春节调休"},
            {"2026-02-15", "春节"},
            {"2026-02-16", "春节"},
            {"2026-02-17", "春节"},
            {"2026-02-18", "春节"},
            {"2026-02-19", "春节"},
            {"2026-02-20", "春节"},
            {"2026-02-21", "春节"},
            {"2026-02-22", "春节"},
            {"2026-02-23", "春节"},
            {"+2026-02-28", "春节调休"},
            {"2026-04-04", "清明节"},
            {"2026-04-05", "清明节"},
            {"2026-04-06", "清明节"},
            {"2026-05-01", "劳动节"},
            {"2026-05-02", "劳动节"},
            {"2026-05-03", "劳动节"},
            {"2026-05-04", "劳动节"},
            {"2026-05-05", "劳动节"},
            {"+2026-05-09", "劳动节调休"},
            {"2026-06-19", "端午节"},
            {"2026-06-20", "端午节"},
            {"2026-06-21", "端午节"},
            {"+2026-09-20", "国庆节调休"},
            {"2026-09-25", "中秋节"},
            {"2026-09-26", "中秋节"},
            {"2026-09-27", "中秋节"},
            {"2026-10-01", "国庆节"},
            {"2026-10-02", "国庆节"},
            {"2026-10-03", "国庆节"},
            {"2026-10-04", "国庆节"},
            {"2026-10-05", "国庆节"},
            {"2026-10-06", "国庆节"},
            {"2026-10-07", "国庆节"},
            {"+2026-10-10", "国庆节调休"},
        };
        for (String[] day : days) {
            boolean workday = day[0].startsWith("+");
            holidays.declare(
                    LocalDate.parse(workday ? day[0].substring(1) : day[0]),
                    workday ? DayKind.WORKDAY : DayKind.HOLIDAY,
                    day[1]);
        }
    }

    private long account(String username, String displayName, Set<Role> roles, Long unitId) {
        return accounts.open(new NewAccount(username, displayName, null, null, roles, unitId, PASSWORD));
    }
}
