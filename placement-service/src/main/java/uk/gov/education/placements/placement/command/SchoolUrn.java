package uk.gov.education.placements.placement.command;

import java.util.regex.Pattern;

/** A school's Unique Reference Number: 6 or 7 ASCII digits. */
public record SchoolUrn(String value) {

    public static final String INVALID = "Enter a URN of 6 or 7 digits, like 100000";

    private static final Pattern DIGITS = Pattern.compile("[0-9]{6,7}");

    public SchoolUrn {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new InvalidValueException(INVALID);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
