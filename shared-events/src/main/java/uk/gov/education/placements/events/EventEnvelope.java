package uk.gov.education.placements.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored event as it travels between services: the payload plus what the event store knows
 * of it. {@code id} is the stored event's id (stable across redelivery, the CloudEvent id);
 * {@code aggregateId} and {@code sequence} identify its place in its aggregate's stream, which
 * is what consumers use to apply each event exactly once and in order.
 */
public record EventEnvelope(
        String id,
        String source,
        Instant time,
        String aggregateId,
        long sequence,
        DomainEvent payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }

    public String schoolUrn() {
        return payload.schoolUrn();
    }

    public EventType type() {
        return EventCatalog.of(payload.getClass());
    }
}
