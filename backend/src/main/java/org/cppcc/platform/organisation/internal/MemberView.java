package org.cppcc.platform.organisation.internal;

import java.time.LocalDate;

import org.cppcc.platform.organisation.MemberLevel;

/** A member as the roster shows it, with the login (if any) and whether they have retired. */
record MemberView(
        long id,
        String name,
        String gender,
        long sectorId,
        String sectorName,
        MemberLevel level,
        String specialCommittee,
        String party,
        String workplace,
        String phone,
        String email,
        Long workstationId,
        String workstationName,
        Long accountId,
        String username,
        boolean enabled,
        LocalDate retiredOn) {}
