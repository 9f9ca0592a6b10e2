package uk.gov.education.placements.events;

/** An event built without a field it must have, or with an identifier of the wrong shape. */
public class MalformedEventException extends IllegalArgumentException {

    public MalformedEventException(String message) {
        super(message);
    }
}
