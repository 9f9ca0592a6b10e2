package uk.gov.education.placements.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.events.Topics;

/**
 * Poison records of every kind, on both topics, each on a school of its own (outside the load's)
 * and marked with a {@value #HEADER} header, which a dead letter keeps: not a CloudEvent, an
 * unknown type, an unknown revision, a payload missing a field, attributes that disagree with the
 * payload (subject, aggregate, record key), and a readable event that fails its projection in
 * the database (PostgreSQL text cannot hold a NUL character). Every consumer of the topic must
 * dead-letter each of them, once, and nothing else.
 */
final class Poison {

    static final String HEADER = "fault-suite-poison";
    static final String SCHOOL_SERVICE = "school-service";
    static final String PLACEMENT_SERVICE = "placement-service";

    /** Where each topic's poison must end up: one dead-letter topic per consuming service. */
    static final Map<String, List<String>> DEAD_LETTER_TOPICS = Map.of(
            Topics.SCHOOL_EVENTS, List.of("school-events.placement-service.dlt", "school-events.provider-view-service.dlt"),
            Topics.PLACEMENT_EVENTS, List.of("placement-events.provider-view-service.dlt"));

    record Injected(String id, String topic, String kind) {
    }

    private final String bootstrapServers;
    private final AtomicInteger schools = new AtomicInteger(990_000);
    private final List<Injected> injected = new java.util.concurrent.CopyOnWriteArrayList<>();

    Poison(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    List<Injected> injected() {
        return List.copyOf(injected);
    }

    /** Publishes one of each kind to each topic and waits for the broker to acknowledge them. */
    List<Injected> injectEveryKind() {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        List<Injected> batch = new ArrayList<>();
        for (String topic : List.of(Topics.SCHOOL_EVENTS, Topics.PLACEMENT_EVENTS)) {
            boolean schoolEvents = topic.equals(Topics.SCHOOL_EVENTS);
            add(records, batch, topic, "not-a-cloudevent", urn -> new ProducerRecord<>(topic, urn,
                    "this is not a CloudEvent".getBytes(StandardCharsets.UTF_8)));
            add(records, batch, topic, "unknown-type", urn -> binary(topic, urn,
                    CloudEventBuilder.v1(good(topic, urn, 0)).withType(schoolEvents ? "SchoolRenamed.v1" : "PlacementArchived.v1").build()));
            add(records, batch, topic, "unknown-revision", urn -> binary(topic, urn,
                    CloudEventBuilder.v1(good(topic, urn, 0)).withType(schoolEvents ? "SchoolOnboarded.v2" : "PlacementCreated.v2").build()));
            add(records, batch, topic, "missing-field", urn -> binary(topic, urn,
                    CloudEventBuilder.v1(good(topic, urn, 0)).withData(("{\"schoolUrn\":\"" + urn + "\""
                            + (schoolEvents ? "" : ",\"placementId\":\"" + UUID.randomUUID() + "\"") + "}")
                            .getBytes(StandardCharsets.UTF_8)).build()));
            add(records, batch, topic, "subject-disagrees", urn -> binary(topic, urn,
                    CloudEventBuilder.v1(good(topic, urn, 0)).withSubject(String.valueOf(schools.incrementAndGet())).build()));
            add(records, batch, topic, "aggregate-disagrees", urn -> binary(topic, urn,
                    CloudEventBuilder.v1(good(topic, urn, 0)).withExtension(CloudEvents.AGGREGATE_ID,
                            schoolEvents ? String.valueOf(schools.incrementAndGet()) : UUID.randomUUID().toString()).build()));
            add(records, batch, topic, "key-disagrees", urn -> binary(topic, String.valueOf(schools.incrementAndGet()),
                    good(topic, urn, 0)));
            add(records, batch, topic, "fails-its-projection", urn -> binary(topic, urn, schoolEvents
                    // Sequence 1 of a new school: placement-service holds it, by its id, behind the gap.
                    ? CloudEventBuilder.v1(good(topic, urn, 1)).withId("poison\u0000" + UUID.randomUUID()).build()
                    : CloudEvents.toCloudEvent(placementCreated(urn, "Nul\u0000Mentor"))));
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"))) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish the poison records", e);
        }
        injected.addAll(batch);
        return batch;
    }

    private void add(List<ProducerRecord<String, byte[]>> records, List<Injected> batch, String topic, String kind,
                     java.util.function.Function<String, ProducerRecord<String, byte[]>> build) {
        String urn = String.valueOf(schools.incrementAndGet());
        ProducerRecord<String, byte[]> record = build.apply(urn);
        String id = topic + "/" + kind + "/" + urn;
        record.headers().add(HEADER, id.getBytes(StandardCharsets.UTF_8));
        records.add(record);
        batch.add(new Injected(id, topic, kind));
    }

    private static ProducerRecord<String, byte[]> binary(String topic, String key, CloudEvent event) {
        return KafkaMessageFactory.<String>createWriter(topic, key).writeBinary(event);
    }

    /** A well-formed event of the topic's kind, on a school of its own: the poison is a spoilt copy of it. */
    private static CloudEvent good(String topic, String urn, long sequence) {
        if (topic.equals(Topics.SCHOOL_EVENTS)) {
            return CloudEvents.toCloudEvent(new EventEnvelope(UUID.randomUUID().toString(), SCHOOL_SERVICE, Instant.now(),
                    urn, sequence, new SchoolOnboarded(urn, "Poison School " + urn)));
        }
        return CloudEvents.toCloudEvent(placementCreated(urn, "Mentor"));
    }

    private static EventEnvelope placementCreated(String urn, String mentor) {
        UUID id = UUID.randomUUID();
        PlacementDetails details = new PlacementDetails("primary", "primary_with_mathematics", List.of(), "year_1",
                List.of(mentor), "2025/26", List.of("autumn"));
        return new EventEnvelope(UUID.randomUUID().toString(), PLACEMENT_SERVICE, Instant.now(), id.toString(), 0,
                new PlacementCreated(id, urn, details));
    }

    static Set<String> deadLetterTopics() {
        Set<String> topics = new java.util.TreeSet<>();
        DEAD_LETTER_TOPICS.values().forEach(topics::addAll);
        return topics;
    }
}
