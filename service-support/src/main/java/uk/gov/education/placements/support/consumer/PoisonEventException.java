package uk.gov.education.placements.support.consumer;

/**
 * A readable event that still cannot be applied, found by applying its batch record by record.
 * No retry will apply it: it goes to the dead-letter topic at once, and its partition carries on.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
