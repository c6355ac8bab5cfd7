package org.cppcc.platform.organisation;

import org.cppcc.platform.calendar.Term;
import org.cppcc.platform.calendar.WorkingDays;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A session's proposal deadlines. Bound from {@code platform.proposal.deadlines.*}, they are the defaults a new
 * session starts with (and the values of sessions created before sessions kept their own); each session then
 * keeps its own. Written as ISO-8601 periods: {@code P15D} is 15 working days, {@code P3M} three calendar months
 * moved to the next working day. The ones counted in working days are typed so: a setting of {@code P1M} there
 * fails at start-up instead of counting as 0 days. Only the reply deadline may be either. docs/domain.md's common
 * practice is the default.
 */
@ConfigurationProperties("platform.proposal.deadlines")
public record SessionDeadlines(
        @DefaultValue("P10D") WorkingDays cosign,
        @DefaultValue("P5D") WorkingDays signOff,
        @DefaultValue("P15D") WorkingDays contact,
        @DefaultValue("P3M") Term reply,
        @DefaultValue("P15D") WorkingDays evaluation,
        @DefaultValue("3") int maxExtensionMonths) {}
