package org.cppcc.platform.workbench;

import java.util.Set;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationCounts;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workbench")
class WorkbenchController {

    private final OrganisationDirectory directory;

    WorkbenchController(OrganisationDirectory directory) {
        this.directory = directory;
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
}
