package uk.gov.education.placements.providerview.history;

import java.time.Instant;
import java.util.Objects;

/** One row of the event history, as stored: the CloudEvent's attributes and its payload's JSON. */
public record StoredEvent(
        long position,
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        String aggregateId,
        long aggregateSequence,
        String data) {

    public StoredEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }
}
