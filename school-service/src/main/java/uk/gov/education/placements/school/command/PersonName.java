package uk.gov.education.placements.school.command;

/**
 * A contact's first or last name: optional (a shared mailbox has none), trimmed, at most
 * {@value #MAX_LENGTH} characters. A blank entry is "not entered", so the factory returns null
 * for it rather than a name.
 */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 100;

    public PersonName {
        if (value == null || Text.isBlank(value) || !Text.isWellFormedWithoutControls(value)
                || !value.equals(Text.trim(value)) || Text.length(value) > MAX_LENGTH) {
            throw new IllegalArgumentException("Not a normalised name; use PersonName.firstName or lastName");
        }
    }

    /** @return the normalised first name, or null when none was entered */
    public static PersonName firstName(String raw) {
        return of(raw, "First name");
    }

    /** @return the normalised last name, or null when none was entered */
    public static PersonName lastName(String raw) {
        return of(raw, "Last name");
    }

    private static PersonName of(String raw, String label) {
        if (raw == null) {
            return null;
        }
        if (!Text.isWellFormedWithoutControls(raw)) {
            throw new InvalidValueException(label + " must not contain control characters");
        }
        if (Text.isBlank(raw)) {
            return null;
        }
        String trimmed = Text.trim(raw);
        if (Text.length(trimmed) > MAX_LENGTH) {
            throw new InvalidValueException(label + " must be " + MAX_LENGTH + " characters or less");
        }
        return new PersonName(trimmed);
    }

    public static String valueOrNull(PersonName name) {
        return name == null ? null : name.value();
    }

    @Override
    public String toString() {
        return value;
    }
}
