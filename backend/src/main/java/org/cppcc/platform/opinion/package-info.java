/**
 * 社情民意 reports (public opinion reports): members write them, and the office's review conversion of a
 * proposal and a workstation's triage outcome create them; the office edits, adopts or declines, sends adopted
 * ones upward, and records leaders' instructions and where a report was used. A plain state machine in the
 * platform's tables (ADR 0015), publishing {@link org.cppcc.platform.opinion.events.OpinionReportEvent}s;
 * {@link org.cppcc.platform.opinion.OpinionFigures} gives the counts.
 */
@ApplicationModule(
        displayName = "社情民意",
        allowedDependencies = {
            "account",
            "consultation",
            "consultation :: events",
            "organisation",
            "proposal",
            "proposal :: events",
            "shared"
        })
package org.cppcc.platform.opinion;

import org.springframework.modulith.ApplicationModule;
