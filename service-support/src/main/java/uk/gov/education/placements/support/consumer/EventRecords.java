package uk.gov.education.placements.support.consumer;

import java.io.IOException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.cloudevents.CloudEvent;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.UnreadableEventException;
import uk.gov.education.placements.support.tracing.TraceContexts;

/**
 * Reads a Kafka record into the event a projection applies, checking everything a projection
 * relies on before anything is applied (see {@link CloudEvents#fromCloudEvent}); a record that
 * fails any check is unreadable, and becomes a dead letter of its own.
 */
public final class EventRecords {

    private static final LogAccessor LOG = new LogAccessor(EventRecords.class);

    /** Stricter than the tolerant event reader: trailing garbage after the JSON is not a payload. */
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EventRecords() {
    }

    public static ConsumedEvent read(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent value = record.value();
        if (value == null) {
            DeserializationException failure = SerializationUtils.getExceptionFromHeader(
                    record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
            throw new UnreadableEventException(failure == null ? "The record has no value"
                    : "Not a CloudEvent in Kafka binary mode: " + rootMessage(failure));
        }
        EventEnvelope envelope = CloudEvents.fromCloudEvent(value);
        // The key picks the partition, and one partition per school is what keeps its events in order.
        if (!envelope.schoolUrn().equals(record.key())) {
            throw new UnreadableEventException(value.getType() + " " + value.getId() + " of school "
                    + envelope.schoolUrn() + " has the record key " + record.key() + ", not the school's URN");
        }
        return new ConsumedEvent(envelope, compactJson(value.getData().toBytes()),
                record.topic(), record.partition(), record.offset(), TraceContexts.of(value));
    }

    private static String compactJson(byte[] data) {
        try {
            JsonNode tree = STRICT_JSON.readTree(data);
            if (tree == null || !tree.isObject()) {
                throw new UnreadableEventException("The payload is not a JSON object");
            }
            return tree.toString();
        } catch (IOException e) {
            throw new UnreadableEventException("The payload is not valid JSON: " + e.getMessage(), e);
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
