package uk.gov.education.placements.providerview.query;

import java.util.Objects;
import java.util.regex.Pattern;

/** An ITT provider's code: 3 letters or digits, for example {@code 1TZ}. */
public record ProviderCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9]{3}");

    public ProviderCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A provider code is 3 letters or digits");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
