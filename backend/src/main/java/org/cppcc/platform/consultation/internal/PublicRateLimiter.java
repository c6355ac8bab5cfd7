package org.cppcc.platform.consultation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.cppcc.platform.shared.error.ApiException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window counters in the database, shared by every node: each hit is one atomic upsert of its
 * bucket, committed on its own (so that a refused or failed request still counts). Buckets are keyed by
 * a hash of what they count (a phone, an address), never by the value itself.
 */
@Component
class PublicRateLimiter {

    private final ConsultationMapper mapper;
    private final Clock clock;

    PublicRateLimiter(ConsultationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Counts one request of {@code action} by {@code subject}; 429 when the window's allowance is used up. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void hit(String action, String subject, ConsultationSettings.Limit limit) {
        Instant now = clock.instant();
        long windowSeconds = Math.max(1, limit.window().getSeconds());
        long window = now.getEpochSecond() / windowSeconds;
        String key = action + ":" + sha256(subject);
        LocalDateTime expiresAt =
                LocalDateTime.ofInstant(Instant.ofEpochSecond((window + 1) * windowSeconds), clock.getZone());
        if (ThreadLocalRandom.current().nextInt(50) == 0) {
            mapper.purgeBuckets(LocalDateTime.now(clock));
        }
        mapper.hitBucket(key, window, expiresAt);
        if (mapper.bucketHits(key, window) > limit.max()) {
            // The window is fixed: its end is when the allowance comes back.
            throw ApiException.rateLimited((window + 1) * windowSeconds - now.getEpochSecond());
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
