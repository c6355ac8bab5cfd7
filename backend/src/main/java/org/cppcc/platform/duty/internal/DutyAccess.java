package org.cppcc.platform.duty.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Component;

/** Who may see whose record: a member their own, staff (the office, leaders) everyone's, nobody else any. */
@Component
class DutyAccess {

    private final OrganisationDirectory directory;
    private final Clock clock;

    DutyAccess(OrganisationDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    static boolean staff(PlatformUser user) {
        return user.has(Role.PROPOSAL_OFFICE) || user.has(Role.LEADER);
    }

    /** The member the user signs in as, or 403. */
    long ownMember(PlatformUser user) {
        return directory
                .memberOfAccount(user.id())
                .map(MemberProfile::id)
                .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "只有政协委员有履职档案"));
    }

    /** Staff may read any member's record; a member only their own. */
    void requireReadable(PlatformUser user, long memberId) {
        if (staff(user)) {
            return;
        }
        if (user.has(Role.MEMBER) && ownMember(user) == memberId) {
            return;
        }
        throw new ApiException(ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN.defaultMessage());
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int year(Integer year) {
        if (year == null) {
            return today().getYear();
        }
        if (year < 2000 || year > 2100) {
            throw ApiException.invalid("year", "年度不正确");
        }
        return year;
    }
}
