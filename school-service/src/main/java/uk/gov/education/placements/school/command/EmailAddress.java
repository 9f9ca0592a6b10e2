package uk.gov.education.placements.school.command;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased, valid by the WHATWG HTML "valid e-mail address"
 * rule. The pattern is the one the production service checks with (Ruby's
 * {@code URI::MailTo::EMAIL_REGEXP}), character for character: a deliberately loose local part,
 * and domain labels of 1 to 63 letters, digits and inner hyphens, dots between them, no top-level
 * domain required. Do not swap in a "better" validator: users must get the same answers as in the
 * production service.
 *
 * <p>The production service normalises before it validates, so {@code " Name@Example.COM "} is
 * valid and stored as {@code name@example.com}. The length limit is ours (RFC 5321's path limit),
 * so nobody can store a megabyte.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    public static final String BLANK = "Enter an email address";
    public static final String WRONG_FORMAT = "Enter an email address in the correct format, like name@example.com";
    public static final String TOO_LONG = "Email address must be " + MAX_LENGTH + " characters or less";

    private static final Pattern WHATWG = Pattern.compile(
            "\\A[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+"
                    + "@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\\z");

    public EmailAddress {
        if (value == null) {
            throw new InvalidValueException(BLANK);
        }
        // A control character is never part of a valid address; refusing it before trimming keeps
        // "a@b.com\n" from being quietly accepted (Ruby's strip would have removed the line break).
        if (!Text.isWellFormedWithoutControls(value)) {
            throw new InvalidValueException(WRONG_FORMAT);
        }
        if (Text.isBlank(value)) {
            throw new InvalidValueException(BLANK);
        }
        value = Text.trim(value).toLowerCase(Locale.ROOT);
        if (Text.length(value) > MAX_LENGTH) {
            throw new InvalidValueException(TOO_LONG);
        }
        if (!WHATWG.matcher(value).matches()) {
            throw new InvalidValueException(WRONG_FORMAT);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
