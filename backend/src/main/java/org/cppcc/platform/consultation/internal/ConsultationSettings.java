package org.cppcc.platform.consultation.internal;

import java.time.Duration;

import org.cppcc.platform.shared.photo.PhotoLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Micro-consultation settings ({@code platform.consultation.*}). The evaluation window is counted in
 * working days; rate limits are fixed windows counted in the database, so they hold across nodes.
 */
@ConfigurationProperties("platform.consultation")
public record ConsultationSettings(
        @DefaultValue("10") int evaluationWorkingDays,
        @DefaultValue Photos photos,
        @DefaultValue RateLimits rateLimits) {

    public record Photos(
            @DefaultValue("6") int maxCount,
            @DefaultValue("5242880") long maxBytes,
            @DefaultValue("6000") int maxWidth,
            @DefaultValue("6000") int maxHeight,
            @DefaultValue("24000000") long maxPixels) {

        PhotoLimits limits() {
            return new PhotoLimits(maxBytes, maxWidth, maxHeight, maxPixels);
        }
    }

    /** Requests allowed per window; the windows are fixed (e.g. each clock hour). */
    public record RateLimits(
            @DefaultValue("5") int raisePerPhone,
            @DefaultValue("1d") Duration raisePerPhoneWindow,
            @DefaultValue("20") int raisePerAddress,
            @DefaultValue("1h") Duration raisePerAddressWindow,
            @DefaultValue("30") int evaluatePerAddress,
            @DefaultValue("1h") Duration evaluatePerAddressWindow,
            @DefaultValue("30") int trackPerAddress,
            @DefaultValue("1h") Duration trackPerAddressWindow) {

        Limit raiseByPhone() {
            return new Limit(raisePerPhone, raisePerPhoneWindow);
        }

        Limit raiseByAddress() {
            return new Limit(raisePerAddress, raisePerAddressWindow);
        }

        Limit evaluateByAddress() {
            return new Limit(evaluatePerAddress, evaluatePerAddressWindow);
        }

        Limit trackByAddress() {
            return new Limit(trackPerAddress, trackPerAddressWindow);
        }
    }

    /** At most {@code max} requests per {@code window}. */
    public record Limit(int max, Duration window) {}
}
