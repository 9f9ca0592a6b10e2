package uk.gov.education.placements.providerview.projection;

import java.util.Objects;

import uk.gov.education.placements.events.EventEnvelope;

/**
 * One aggregate's stream: the write service that owns it (the CloudEvent source) and its
 * identifier. The source is part of the key because two services may both key an aggregate by
 * the school's URN, and their sequence numbers are unrelated.
 */
public record AggregateKey(String source, String aggregateId) {

    public AggregateKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }

    /** The aggregate as one text, for {@code AggregateLocks}. */
    public String lockKey() {
        return source + "/" + aggregateId;
    }

    public static AggregateKey of(EventEnvelope event) {
        return new AggregateKey(event.source(), event.aggregateId());
    }
}
