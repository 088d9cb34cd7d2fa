package al.childprotection.referral.mapping;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import al.childprotection.referral.domain.Referral;

/**
 * SARPC's name for a child: a keyed hash (HMAC-SHA256) of the child's names and date of birth, so that every referral
 * of the same child carries the same reference (SARPC sees a child referred again, or in another municipality) and
 * nothing leads back to the child without the key (decision 11). Names are compared as people type them: letters
 * without their marks (ë as e, ç as c), any case, any spacing. A child without a date of birth cannot be told from a
 * namesake, so each of their intakes gets a reference of its own: a child may be split in two, two children are
 * never joined.
 */
public final class ChildReferences {

    /** The purpose under which the key is kept (migration V12). */
    public static final String KEY_PURPOSE = "sarpc-child-reference";

    private static final int HEX_DIGITS = 24;

    private final byte[] secret;

    public ChildReferences(byte[] secret) {
        this.secret = secret.clone();
    }

    public String of(Referral referral) {
        String basis = referral.dateOfBirth != null && referral.givenName != null && referral.familyName != null
                ? "child:" + folded(referral.givenName) + "|" + folded(referral.familyName) + "|" + referral.dateOfBirth
                : "intake:" + referral.intakeId;
        return HexFormat.of().formatHex(hmac(basis)).substring(0, HEX_DIGITS);
    }

    static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .trim().replaceAll("\\s+", " ");
    }

    private byte[] hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
