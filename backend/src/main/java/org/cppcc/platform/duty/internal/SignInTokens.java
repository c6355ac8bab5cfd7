package org.cppcc.platform.duty.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The token an activity's sign-in QR code carries: the activity and an expiry, signed with HMAC-SHA256, so that a
 * member's phone cannot make one up, a code from one activity does not sign in to another, and a photo of the
 * code stops working minutes later. Several nodes must share {@code platform.duty.sign-in-secret}; without it
 * each start draws its own (fine on one node: the venue's screen just fetches a fresh code).
 */
@Component
class SignInTokens {

    private static final Logger log = LoggerFactory.getLogger(SignInTokens.class);

    private final byte[] secret;

    SignInTokens(@Value("${platform.duty.sign-in-secret:}") String secret) {
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = random;
            log.info("platform.duty.sign-in-secret not set: sign-in codes are valid on this node only");
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String issue(long activityId, Instant expiresAt) {
        String payload = activityId + "." + expiresAt.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** True when the token was issued here for this activity and has not expired. */
    boolean valid(String token, long activityId, Instant now) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            return Long.parseLong(parts[0]) == activityId && now.getEpochSecond() <= Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
