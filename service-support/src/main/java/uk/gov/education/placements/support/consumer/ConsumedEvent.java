package uk.gov.education.placements.support.consumer;

import java.util.Map;
import java.util.Objects;

import uk.gov.education.placements.events.EventEnvelope;

/**
 * A readable event as it came off Kafka: the envelope, its payload's JSON (compact, every member
 * kept, including ones this version does not know), where it was read, and the trace context it
 * carries ({@code traceparent} and {@code tracestate}; empty when it carries none).
 */
public record ConsumedEvent(EventEnvelope envelope, String data, String topic, int partition, long offset,
                            Map<String, String> traceContext) {

    public ConsumedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(topic, "topic");
        traceContext = traceContext == null ? Map.of() : Map.copyOf(traceContext);
    }
}
