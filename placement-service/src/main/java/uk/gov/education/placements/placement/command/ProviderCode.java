package uk.gov.education.placements.placement.command;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ITT provider's code: 3 ASCII letters or digits, like {@code 1TZ}. Codes are upper case in the
 * register, so a lower-case code from a gateway names the same provider.
 */
public record ProviderCode(String value) {

    public static final String INVALID = "Select a provider or not yet known";

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{3}");

    public ProviderCode {
        value = value == null ? null : value.trim().toUpperCase(Locale.ROOT);
        if (value == null || !CODE.matcher(value).matches()) {
            throw new InvalidValueException(INVALID);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
