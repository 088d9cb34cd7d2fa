package al.childprotection.notification.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a push as Standard Webhooks do: {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">},
 * keyed with the subscription's secret. The secret is {@code whsec_} and the base64 of 24 to 64 random bytes;
 * the key is those bytes, so any Standard Webhooks library verifies with the secret alone.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/]+={0,2}");

    private WebhookSignature() {
    }

    /** Whether the secret has the Standard Webhooks form and enough key in it. */
    public static boolean isWellFormed(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return false;
        }
        try {
            int length = key(secret).length;
            return length >= 24 && length <= 64;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code v1,<signature>}. */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
