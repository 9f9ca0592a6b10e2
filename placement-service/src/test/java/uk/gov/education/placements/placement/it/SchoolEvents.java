package uk.gov.education.placements.placement.it;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.support.tracing.TraceContexts;

/** Publishes school events to Kafka exactly as school-service's outbox does: binary-mode CloudEvents, key = URN. */
public final class SchoolEvents implements AutoCloseable {

    private final String topic;
    private final DefaultKafkaProducerFactory<String, CloudEvent> producers;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final KafkaProducer<String, byte[]> raw;

    SchoolEvents(String bootstrapServers, String topic) {
        this.topic = topic;
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all");
        this.producers = new DefaultKafkaProducerFactory<>(config);
        this.kafka = new KafkaTemplate<>(producers);
        this.raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
    }

    public EventEnvelope onboarded(String urn) {
        return publish(urn, 0, new SchoolOnboarded(urn, "School " + urn));
    }

    public EventEnvelope contactAdded(String urn, long sequence) {
        return publish(urn, sequence, new PlacementContactAdded(urn, "Ada", null, "ada@example.com"));
    }

    public EventEnvelope contactChanged(String urn, long sequence) {
        return publish(urn, sequence, new PlacementContactChanged(urn, null, "Lovelace", "coordinator@example.com"));
    }

    /** A school that has been onboarded and has its contact, at version 1. */
    public void schoolWithContact(String urn) {
        onboarded(urn);
        contactAdded(urn, 1);
    }

    public EventEnvelope publish(String urn, long sequence, DomainEvent payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "school-service",
                Instant.parse("2026-01-15T10:00:00Z").plusSeconds(sequence), urn, sequence, payload);
        return publish(envelope);
    }

    public EventEnvelope publish(EventEnvelope envelope) {
        return publish(envelope, Map.of());
    }

    /** With the trace context ({@code traceparent}, {@code tracestate}) of the request that stored it. */
    public EventEnvelope publish(EventEnvelope envelope, Map<String, String> traceContext) {
        CloudEvent event = TraceContexts.withExtension(CloudEvents.toCloudEvent(envelope), traceContext);
        await(kafka.send(new ProducerRecord<>(topic, envelope.schoolUrn(), event)));
        return envelope;
    }

    /** A record as something other than school-service might write it, headers as name/value pairs. */
    public void publishRaw(String urn, byte[] value, String... headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, urn, value);
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(new RecordHeader(headers[i], headers[i + 1].getBytes()));
        }
        await(raw.send(record));
    }

    private static void await(java.util.concurrent.Future<?> send) {
        try {
            send.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    @Override
    public void close() {
        producers.destroy();
        raw.close();
    }
}
