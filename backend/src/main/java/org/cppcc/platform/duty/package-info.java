/**
 * Members' duty (履职): the duty record (履职档案) of each member and year, filled by listening to the other
 * modules' events (proposals, consultation) and by the activities it runs itself (plenaries, inspections …,
 * with QR sign-in); the diary (履职日记); points (履职积分) from the office's rules with yearly caps; rankings
 * by sector and special committee. Reads the organisation, proposals and consultation only through their
 * public interfaces; publishes {@link org.cppcc.platform.duty.events.DutyEvent} for notices. See ADR 0015.
 */
@ApplicationModule(
        displayName = "履职",
        allowedDependencies = {
            "account",
            "appraisal :: events",
            "consultation",
            "consultation :: events",
            "opinion :: events",
            "organisation",
            "proposal",
            "proposal :: events",
            "shared"
        })
package org.cppcc.platform.duty;

import org.springframework.modulith.ApplicationModule;
