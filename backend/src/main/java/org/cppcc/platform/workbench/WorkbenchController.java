package org.cppcc.platform.workbench;

import java.util.Set;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationCounts;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.supervision.LeaderDesk;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workbench")
class WorkbenchController {

    private final OrganisationDirectory directory;
    private final LeaderDesk leaderDesk;

    WorkbenchController(OrganisationDirectory directory, LeaderDesk leaderDesk) {
        this.directory = directory;
        this.leaderDesk = leaderDesk;
    }

    record Me(String displayName, Set<Role> roles, Long unitId, MemberProfile member) {}

    record WorkbenchView(CommitteeSession session, OrganisationCounts counts, Me me) {}

    @GetMapping("/overview")
    WorkbenchView overview() {
        PlatformUser user = CurrentUser.require();
        MemberProfile member = directory.memberOfAccount(user.id()).orElse(null);
        return new WorkbenchView(
                directory.currentSession().orElse(null),
                directory.counts(),
                new Me(user.displayName(), user.roles(), user.unitId(), member));
    }

    /**
     * A leader's home as rows: key proposals, instructions awaiting acknowledgement, supervision duties. Anyone signed
     * in may ask; who is neither a committee leader nor a unit's named 分管领导 gets empty lists.
     */
    @GetMapping("/leader-home")
    LeaderDesk.Home leaderHome() {
        return leaderDesk.of(CurrentUser.require());
    }
}
