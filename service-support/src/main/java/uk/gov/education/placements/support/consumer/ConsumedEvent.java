package uk.gov.education.placements.support.consumer;

import java.util.Objects;

import uk.gov.education.placements.events.EventEnvelope;

/**
 * A readable event as it came off Kafka: the envelope, its payload's JSON (compact, every member
 * kept, including ones this version does not know) and where it was read.
 */
public record ConsumedEvent(EventEnvelope envelope, String data, String topic, int partition, long offset) {

    public ConsumedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(topic, "topic");
    }
}
