package uk.gov.education.placements.events;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;

/**
 * Maps events to CloudEvents and back. On Kafka they travel in binary mode (attributes as
 * {@code ce_*} headers, payload as the record value) through the SDK's
 * {@code io.cloudevents.kafka.CloudEventSerializer} and {@code CloudEventDeserializer}.
 *
 * <p>Extension attributes: {@code aggregateid} and {@code aggregatesequence} (the event's place in
 * its aggregate's stream).
 */
public final class CloudEvents {

    public static final String AGGREGATE_ID = "aggregateid";
    public static final String AGGREGATE_SEQUENCE = "aggregatesequence";
    public static final String JSON = "application/json";

    private CloudEvents() {
    }

    public static CloudEvent toCloudEvent(EventEnvelope envelope) {
        try {
            return CloudEventBuilder.v1()
                    .withId(envelope.id())
                    .withType(envelope.type().cloudEventType())
                    .withSource(URI.create(envelope.source()))
                    .withSubject(envelope.schoolUrn())
                    .withTime(envelope.time().atOffset(ZoneOffset.UTC))
                    .withDataContentType(JSON)
                    .withExtension(AGGREGATE_ID, envelope.aggregateId())
                    .withExtension(AGGREGATE_SEQUENCE, envelope.sequence())
                    .withData(EventJson.mapper().writeValueAsBytes(envelope.payload()))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + envelope.type().cloudEventType(), e);
        }
    }

    /**
     * Reads a CloudEvent into the envelope the projections apply, or refuses it as unreadable:
     * an unknown type or revision, a missing attribute, a payload that is not that event's JSON or
     * lacks a field the event needs, a negative sequence number, or attributes that disagree with
     * the payload (the subject is not the payload's school, the aggregate is not the payload's).
     */
    public static EventEnvelope fromCloudEvent(CloudEvent event) {
        EventType type = EventCatalog.byCloudEventType(event.getType())
                .orElseThrow(() -> new UnreadableEventException("Unknown event type or revision: " + event.getType()));
        OffsetDateTime time = event.getTime();
        Object aggregateId = event.getExtension(AGGREGATE_ID);
        Object sequence = event.getExtension(AGGREGATE_SEQUENCE);
        CloudEventData data = event.getData();
        if (time == null || aggregateId == null || sequence == null || data == null) {
            throw new UnreadableEventException(event.getType() + " " + event.getId()
                    + " lacks time, " + AGGREGATE_ID + ", " + AGGREGATE_SEQUENCE + " or data");
        }
        DomainEvent payload = readPayload(type, data.toBytes());
        long position = parseSequence(sequence);
        if (position < 0) {
            throw new UnreadableEventException(event.getType() + " " + event.getId()
                    + " has a negative " + AGGREGATE_SEQUENCE + " " + position);
        }
        if (!payload.schoolUrn().equals(event.getSubject())) {
            throw new UnreadableEventException(event.getType() + " " + event.getId() + " has subject "
                    + event.getSubject() + " but its payload is of school " + payload.schoolUrn());
        }
        if (!payload.aggregateId().equals(aggregateId.toString())) {
            throw new UnreadableEventException(event.getType() + " " + event.getId() + " names aggregate "
                    + aggregateId + " but its payload is of aggregate " + payload.aggregateId());
        }
        return new EventEnvelope(event.getId(), event.getSource().toString(), time.toInstant(),
                aggregateId.toString(), position, payload);
    }

    public static DomainEvent readPayload(EventType type, byte[] json) {
        try {
            DomainEvent payload = EventJson.mapper().readValue(json, type.javaType());
            if (payload == null) {
                throw new UnreadableEventException(type.cloudEventType() + " has no payload");
            }
            return payload;
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof MalformedEventException malformed) {
                    throw new UnreadableEventException("Payload is not a valid " + type.cloudEventType() + ": "
                            + malformed.getMessage(), e);
                }
            }
            throw new UnreadableEventException("Payload is not a valid " + type.cloudEventType(), e);
        }
    }

    private static long parseSequence(Object sequence) {
        if (sequence instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(sequence.toString());
        } catch (NumberFormatException e) {
            throw new UnreadableEventException(AGGREGATE_SEQUENCE + " is not a number: " + sequence, e);
        }
    }
}
