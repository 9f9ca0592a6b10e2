package uk.gov.education.placements.events;

/**
 * A record that no retry can make readable: unknown type or revision, missing attributes, or a
 * payload that is not the event's JSON. Consumers send such records to their dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
