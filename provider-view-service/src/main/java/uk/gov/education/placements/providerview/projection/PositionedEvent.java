package uk.gov.education.placements.providerview.projection;

import java.util.Objects;

import uk.gov.education.placements.events.EventEnvelope;

/** An event of the history with its position there, which is how a held event is referred to. */
public record PositionedEvent(long position, EventEnvelope envelope) {

    public PositionedEvent {
        Objects.requireNonNull(envelope, "envelope");
    }

    public AggregateKey aggregate() {
        return AggregateKey.of(envelope);
    }

    public long sequence() {
        return envelope.sequence();
    }
}
