package uk.gov.education.placements.providerview.messaging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.cloudevents.CloudEvent;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.UnreadableEventException;
import uk.gov.education.placements.providerview.query.LiveProjector;
import uk.gov.education.placements.providerview.query.history.IncomingEvent;

/**
 * Consumes both topics, a poll's worth of records at a time, into the history and the live read
 * models. A record it cannot read stops the batch at that record: the readable records before it
 * are stored, and the error handler sends that one record to the dead-letter topic and carries on
 * with the rest (see {@link KafkaConsumerConfiguration}).
 */
@Component
public class EventConsumer {

    public static final String LISTENER_ID = "provider-view";

    private static final LogAccessor LOG = new LogAccessor(EventConsumer.class);

    /** Stricter than the tolerant event reader: trailing garbage after the JSON is not a payload. */
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final LiveProjector projector;

    public EventConsumer(LiveProjector projector) {
        this.projector = projector;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, batch = "true",
            topics = {"${placements.topics.school-events}", "${placements.topics.placement-events}"})
    public void consume(List<ConsumerRecord<String, CloudEvent>> records) {
        List<IncomingEvent> readable = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            IncomingEvent event;
            try {
                event = read(records.get(i));
            } catch (UnreadableEventException e) {
                project(readable);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
            readable.add(event);
        }
        project(readable);
    }

    private void project(List<IncomingEvent> events) {
        try {
            int applied = projector.project(events);
            LOG.debug(() -> "Consumed " + events.size() + " events, " + applied + " changed the read models");
        } catch (RuntimeException e) {
            // Nothing of these events was stored: the error handler retries from the first of them.
            throw new BatchListenerFailedException("Cannot store the events: " + e.getMessage(), e, 0);
        }
    }

    static IncomingEvent read(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent value = record.value();
        if (value == null) {
            DeserializationException failure = SerializationUtils.getExceptionFromHeader(
                    record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
            throw new UnreadableEventException(failure == null ? "The record has no value"
                    : "Not a CloudEvent in Kafka binary mode: " + rootMessage(failure));
        }
        EventEnvelope envelope = CloudEvents.fromCloudEvent(value);
        return new IncomingEvent(envelope, compactJson(value.getData().toBytes()),
                record.topic(), record.partition(), record.offset());
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

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
