package uk.gov.education.placements.providerview.history;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps contacts' personal data out of what analysts read: names become {@value #REDACTED} (null
 * stays null: "not entered" is not personal), and the email becomes a stable keyed hash, so
 * analysts can still count distinct contacts and see when a school's contact changed, but cannot
 * reverse it or confirm a guessed address without the key.
 */
public final class ContactRedactor {

    public static final String REDACTED = "[redacted]";
    public static final String PSEUDONYM_PREFIX = "hmac-sha256:";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public ContactRedactor(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("The pseudonym key must not be blank");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String name(String name) {
        return name == null ? null : REDACTED;
    }

    /** The same address (ignoring case and surrounding blanks) always gives the same pseudonym. */
    public String emailPseudonym(String email) {
        if (email == null) {
            return null;
        }
        try {
            // A Mac is not thread-safe; one per call is cheap next to a database row.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return PSEUDONYM_PREFIX + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
