package org.cppcc.platform.duty.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token an activity's sign-in QR code carries: the activity and an expiry, signed with HMAC-SHA256 under the
 * activity's own key (kept in {@code duty_activity.sign_in_key}, so every node checks what any node issued), so
 * that a member's phone cannot make one up, a code from one activity does not sign in to another, and a photo of
 * the code stops working minutes later.
 */
final class SignInTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SignInTokens() {}

    /** A fresh key for a new activity. */
    static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    static String issue(String key, long activityId, Instant expiresAt) {
        String payload = activityId + "." + expiresAt.getEpochSecond();
        return payload + "." + sign(key, payload);
    }

    /** True when the token was issued under this key for this activity and has not expired. */
    static boolean valid(String key, String token, long activityId, Instant now) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(
                sign(key, payload).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            return Long.parseLong(parts[0]) == activityId && now.getEpochSecond() <= Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String sign(String key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
