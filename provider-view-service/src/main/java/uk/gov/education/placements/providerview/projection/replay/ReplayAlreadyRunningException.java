package uk.gov.education.placements.providerview.projection.replay;

/** Only one replay at a time: the shadow tables are shared, and two swaps would race. */
public class ReplayAlreadyRunningException extends RuntimeException {

    public ReplayAlreadyRunningException() {
        super("A replay is already running; wait until it has finished before you start another.");
    }
}
