package org.cppcc.platform.proposal.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines as ISO-8601 periods read by the working-day calendar: days are working days, months are
 * calendar months. DOMAIN.md's common practice is the default.
 */
@ConfigurationProperties("platform.proposal.deadlines")
public record ProposalDeadlines(
        @DefaultValue("P10D") String cosign,
        @DefaultValue("P5D") String signOff,
        @DefaultValue("P15D") String contact,
        @DefaultValue("P3M") String reply,
        @DefaultValue("P15D") String evaluation,
        @DefaultValue("3") int maxExtensionMonths) {}
