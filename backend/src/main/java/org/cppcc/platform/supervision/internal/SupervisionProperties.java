package org.cppcc.platform.supervision.internal;

import java.time.Duration;
import java.util.List;

import org.cppcc.platform.calendar.Term;
import org.cppcc.platform.shared.photo.PhotoLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder and escalation settings, in working days. {@code remindBefore}: reminders to the acting unit
 * this many working days before a deadline (each sent once). {@code escalateAfter}: working days past the
 * deadline at which the overdue warning goes to level 1 (the unit's contacts), 2 (the unit's leader) and 3
 * (the supervising leader and the proposal office). {@code keyReplyPeriod}: the shorter reply deadline a key
 * proposal gets from its approval when the office names no date. {@code photos}: how many photos a visit
 * may carry and how large each may be.
 */
@ConfigurationProperties("platform.supervision")
public record SupervisionProperties(
        @DefaultValue({"5", "1"}) List<Integer> remindBefore,
        @DefaultValue({"1", "3", "5"}) List<Integer> escalateAfter,
        @DefaultValue("P2M") Term keyReplyPeriod,
        @DefaultValue("true") boolean scanEnabled,
        @DefaultValue("PT5M") Duration scanInterval,
        @DefaultValue Photos photos) {

    public record Photos(
            @DefaultValue("12") int maxCount,
            @DefaultValue("10485760") long maxBytes,
            @DefaultValue("6000") int maxWidth,
            @DefaultValue("6000") int maxHeight,
            @DefaultValue("24000000") long maxPixels) {

        PhotoLimits limits() {
            return new PhotoLimits(maxBytes, maxWidth, maxHeight, maxPixels);
        }
    }

    int dueSoonDays() {
        return remindBefore.stream().mapToInt(Integer::intValue).max().orElse(5);
    }
}
