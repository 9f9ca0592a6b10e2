package uk.gov.education.placements.school.command;

/** A school's name as onboarded, trimmed. */
public record SchoolName(String value) {

    public static final int MAX_LENGTH = 200;
    public static final String BLANK = "Enter a school name";
    public static final String CONTROL_CHARACTERS = "School name must not contain control characters";
    public static final String TOO_LONG = "School name must be " + MAX_LENGTH + " characters or less";

    public SchoolName {
        if (value == null) {
            throw new InvalidValueException(BLANK);
        }
        if (!Text.isWellFormedWithoutControls(value)) {
            throw new InvalidValueException(CONTROL_CHARACTERS);
        }
        if (Text.isBlank(value)) {
            throw new InvalidValueException(BLANK);
        }
        value = Text.trim(value);
        if (Text.length(value) > MAX_LENGTH) {
            throw new InvalidValueException(TOO_LONG);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
