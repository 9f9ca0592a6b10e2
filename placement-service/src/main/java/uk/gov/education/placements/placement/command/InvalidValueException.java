package uk.gov.education.placements.placement.command;

/** A value that cannot stand for what it claims to be (a URN of letters, a provider code of five characters). */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
