package uk.gov.education.placements.support.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.UnknownSerializedType;

import io.cloudevents.CloudEvent;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventCatalog;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.support.tracing.TraceContexts;

/**
 * The Kafka record of a stored event: a binary-mode CloudEvent keyed by the school's URN, with the
 * trace context of the request that stored it (see {@link TraceContexts}).
 */
final class OutboxRecords {

    private OutboxRecords() {
    }

    /**
     * @throws UnpublishableEventException when the stored payload is no event of the catalog (a
     *         class this version does not know, stored by a newer one, say): publishing it under a
     *         guessed type would mislead every consumer, skipping it would lose it
     */
    static ProducerRecord<String, CloudEvent> record(OutboxProperties properties, Object payload,
                                                     DomainEventMessage<?> message) {
        if (payload instanceof UnknownSerializedType unknown) {
            throw new UnpublishableEventException(message, "its payload type " + unknown.serializedType().getName()
                    + " (revision " + unknown.serializedType().getRevision() + ") is not an event of the catalog"
                    + " this version knows");
        }
        if (!(payload instanceof DomainEvent event)) {
            throw new UnpublishableEventException(message, "its payload type " + message.getPayloadType().getName()
                    + " is not an event of the catalog");
        }
        try {
            EventCatalog.of(event.getClass());
            EventEnvelope envelope = new EventEnvelope(message.getIdentifier(), properties.source(),
                    message.getTimestamp(), message.getAggregateIdentifier(), message.getSequenceNumber(), event);
            CloudEvent cloudEvent = TraceContexts.withExtension(CloudEvents.toCloudEvent(envelope),
                    TraceContexts.of(message.getMetaData()));
            return new ProducerRecord<>(properties.topic(), envelope.schoolUrn(), cloudEvent);
        } catch (RuntimeException e) {
            throw new UnpublishableEventException(message, e.getMessage());
        }
    }

    /** A stored event that no retry can publish. */
    static class UnpublishableEventException extends RuntimeException {

        private final String eventId;

        UnpublishableEventException(DomainEventMessage<?> message, String reason) {
            super("Cannot publish event " + message.getIdentifier() + " (" + message.getAggregateIdentifier()
                    + " #" + message.getSequenceNumber() + "): " + reason);
            this.eventId = message.getIdentifier();
        }

        String eventId() {
            return eventId;
        }
    }
}
