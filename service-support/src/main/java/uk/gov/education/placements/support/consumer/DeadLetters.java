package uk.gov.education.placements.support.consumer;

/**
 * The one naming scheme of dead-letter topics: {@code <topic>.<service>.dlt}, one per consumed
 * topic and consuming service, so an operator knows from the name alone whose consumer gave up on
 * which topic's records, and where to re-drive them (back to {@code <topic>}: every consumer
 * deduplicates by event id, so the services that did apply the event ignore it).
 */
public final class DeadLetters {

    /** Why the record is a dead letter, in one line (Spring's {@code kafka_dlt-*} headers carry the details). */
    public static final String REASON_HEADER = "dlt-reason";

    private DeadLetters() {
    }

    public static String topic(String consumedTopic, String service) {
        return consumedTopic + "." + service + ".dlt";
    }
}
