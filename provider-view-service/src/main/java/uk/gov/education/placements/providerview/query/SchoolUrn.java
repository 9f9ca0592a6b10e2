package uk.gov.education.placements.providerview.query;

import java.util.Objects;
import java.util.regex.Pattern;

/** A school's Unique Reference Number: 6 or 7 digits. */
public record SchoolUrn(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{6,7}");

    public SchoolUrn {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A school URN is 6 or 7 digits");
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
