package org.cppcc.platform.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.calendar.HolidayBook;
import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.OrganisationCounts;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.supervision.SupervisionActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a committee must set up before members can submit and the office can register: computed from the data
 * each time the administrator's home opens, so an item is ticked exactly when the platform can do that step.
 */
@RestController
class GoLiveChecklist {

    private final OrganisationDirectory directory;
    private final AccountService accounts;
    private final HolidayBook holidays;
    private final SupervisionActions supervision;
    private final Clock clock;

    GoLiveChecklist(
            OrganisationDirectory directory,
            AccountService accounts,
            HolidayBook holidays,
            SupervisionActions supervision,
            Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.holidays = holidays;
        this.supervision = supervision;
        this.clock = clock;
    }

    /** One step; {@code link} is the screen where it is done. */
    record Item(String key, String label, boolean done, String detail, String link) {}

    record Checklist(boolean ready, List<Item> items) {}

    @GetMapping("/api/admin/go-live")
    Checklist checklist() {
        OrganisationCounts counts = directory.counts();
        CommitteeSession session = directory.currentSession().orElse(null);
        int year = LocalDate.now(clock).getYear();
        long dayEntries = holidays.entriesIn(year);
        long unitsWithLeaders = supervision.unitsWithLeaders();
        int offices = accounts.accountsWithRole(Role.PROPOSAL_OFFICE).size();
        List<Item> items = List.of(
                new Item(
                        "session",
                        "开放提案征集的会议（届次）",
                        session != null,
                        session == null ? "尚无开放提案征集的会议" : "「" + session.name() + "」正在征集提案",
                        "/committee/sessions"),
                new Item("sectors", "界别", counts.sectors() > 0, "已启用" + counts.sectors() + "个界别", "/admin/sectors"),
                new Item(
                        "roster",
                        "委员名册（含登录账户）",
                        counts.membersWithLogin() > 0,
                        "在任委员" + counts.members() + "名，其中" + counts.membersWithLogin() + "名可登录",
                        "/admin/members"),
                new Item("office", "提案委账户", offices > 0, "提案委账户" + offices + "个", "/admin/accounts"),
                new Item(
                        "units",
                        "承办单位及联系人",
                        counts.units() > 0 && counts.unitsWithContact() == counts.units(),
                        "已启用承办单位" + counts.units() + "个，其中" + counts.unitsWithContact() + "个已填联系人及电话",
                        "/admin/units"),
                new Item(
                        "unitLeaders",
                        "承办单位分管领导",
                        counts.units() > 0 && unitsWithLeaders >= counts.units(),
                        unitsWithLeaders + "个单位已指定分管领导（共" + counts.units() + "个）",
                        "/admin/units"),
                new Item(
                        "holidays",
                        year + "年节假日及调休",
                        dayEntries > 0,
                        dayEntries == 0 ? "尚未录入" + year + "年的节假日" : "已录入" + dayEntries + "天",
                        "/admin/holidays"));
        return new Checklist(items.stream().allMatch(Item::done), items);
    }
}
