package uk.gov.education.placements.events;

/** Kafka topic names of the contract. Services read their topic from configuration, defaulting to these. */
public final class Topics {

    public static final String SCHOOL_EVENTS = "school-events";
    public static final String PLACEMENT_EVENTS = "placement-events";

    private Topics() {
    }
}
