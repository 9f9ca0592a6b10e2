package uk.gov.education.placements.school.command;

/**
 * A value object refused its input. The message is the user-facing wording of the service, so
 * the web layer can show it next to the field it came from without translating it.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
