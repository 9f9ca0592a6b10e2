package uk.gov.education.placements.providerview.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.infrastructure.RealInfrastructure;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.School;
import uk.gov.education.placements.support.consumer.DeadLetters;

/**
 * A poison record goes to the dead-letter topic alone and at once, keeping its value and headers
 * and saying why; every good record around it is applied, and those behind it within seconds.
 */
class PoisonEventsIT extends ProviderViewIT {

    /** Far below the minute the consumer used to retry a poison record: this bounds a behaviour, not a speed. */
    private static final Duration SECONDS_NOT_MINUTES = Duration.ofSeconds(15);

    private static final String DEAD_LETTERS = DeadLetters.topic(Topics.SCHOOL_EVENTS, "provider-view-service");

    @Test
    void eachKindOfUnreadableRecordIsDeadLetteredAloneAndTheEventBehindItIsAppliedWithinSeconds() {
        School school = TestEvents.school(TestEvents.anyUrn());
        String urn = school.urn;
        EventEnvelope onboarded = school.onboarded("Still Consuming");
        EventEnvelope contact = school.contactAdded("Ada", null, "ada@still.sch.uk");
        byte[] notACloudEvent = "just some bytes".getBytes(StandardCharsets.UTF_8);
        List<CloudEvent> poison = List.of(
                cloudEvent("SchoolRenamed.v1", urn, urn, "{\"schoolUrn\":\"" + urn + "\"}"),
                cloudEvent("PlacementContactAdded.v2", urn, urn, contactJson(urn, "a@b.com")),
                cloudEvent("PlacementContactAdded.v1", urn, urn, "{\"schoolUrn\": \""),
                cloudEvent("PlacementContactChanged.v1", urn, urn, "{\"schoolUrn\":\"" + urn + "\",\"firstName\":\"No\"}"),
                cloudEvent("PlacementContactChanged.v1", "999999", urn, contactJson(urn, "a@b.com")),
                cloudEvent("PlacementContactChanged.v1", urn, "999999", contactJson(urn, "a@b.com")));

        publisher.publish(onboarded);
        long published = System.nanoTime();
        publisher.publishRaw(new ProducerRecord<>(Topics.SCHOOL_EVENTS, urn, notACloudEvent));
        poison.forEach(event -> publisher.publish(new ProducerRecord<>(Topics.SCHOOL_EVENTS, urn, event)));
        publisher.publish(contact);

        await().atMost(SECONDS_NOT_MINUTES).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(get("/schools/" + urn).getBody()).contains("ada@still.sch.uk"));
        System.out.printf("Poison records to the next good event applied: %d ms%n", (System.nanoTime() - published) / 1_000_000);

        List<ConsumerRecord<String, byte[]>> deadLetters = deadLettersOf(Set.of(urn), 7);
        assertThat(deadLetters).hasSize(7);
        assertThat(deadLetters.get(0).value()).isEqualTo(notACloudEvent);
        assertThat(reasons(deadLetters)).satisfiesExactly(
                reason -> assertThat(reason).contains("Not a CloudEvent"),
                reason -> assertThat(reason).contains("Unknown event type or revision: SchoolRenamed.v1"),
                reason -> assertThat(reason).contains("Unknown event type or revision: PlacementContactAdded.v2"),
                reason -> assertThat(reason).contains("Payload is not a valid PlacementContactAdded.v1"),
                reason -> assertThat(reason).contains("Payload is not a valid PlacementContactChanged.v1: email is missing"),
                reason -> assertThat(reason).contains("has subject 999999 but its payload is of school " + urn),
                reason -> assertThat(reason).contains("names aggregate 999999 but its payload is of aggregate " + urn));
        for (int i = 1; i < deadLetters.size(); i++) {
            CloudEvent sent = poison.get(i - 1);
            assertThat(deadLetters.get(i).value()).as("the original value").isEqualTo(sent.getData().toBytes());
            assertThat(header(deadLetters.get(i), "ce_id")).as("the original headers").isEqualTo(sent.getId());
            assertThat(header(deadLetters.get(i), "kafka_dlt-original-topic")).isEqualTo(Topics.SCHOOL_EVENTS);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_history WHERE subject = ?", Long.class, urn))
                .isEqualTo(2);
    }

    @Test
    void aRecordKeyedByAnotherSchoolIsDeadLetteredRatherThanAppliedOutOfItsSchoolsOrder() {
        School school = TestEvents.school(TestEvents.anyUrn());
        String otherKey = TestEvents.anyUrn();
        EventEnvelope onboarded = school.onboarded("Misrouted");

        publisher.publish(new ProducerRecord<>(Topics.SCHOOL_EVENTS, otherKey, CloudEvents.toCloudEvent(onboarded)));

        assertThat(reasons(deadLettersOf(Set.of(otherKey), 1))).singleElement().asString()
                .contains("has the record key " + otherKey + ", not the school's URN");
        assertThat(get("/schools/" + school.urn).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aReadableEventThatCannotBeAppliedIsDeadLetteredAloneAndEveryGoodEventOfItsBatchIsApplied() {
        List<School> schools = new ArrayList<>();
        List<EventEnvelope> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            School school = TestEvents.school(TestEvents.anyUrn());
            schools.add(school);
            // PostgreSQL text cannot hold a NUL character: the event reads well and fails its projection.
            batch.add(school.onboarded(i == 3 ? "Nul\u0000School" : "Good School " + i));
        }

        publisher.publish(batch);

        for (int i = 0; i < schools.size(); i++) {
            if (i != 3) {
                awaitJson("/schools/" + schools.get(i).urn, body -> body.get("name").asText().startsWith("Good School"));
            }
        }
        List<ConsumerRecord<String, byte[]>> deadLetters = deadLettersOf(
                Set.of(schools.stream().map(school -> school.urn).toArray(String[]::new)), 1);
        assertThat(deadLetters).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.key()).isEqualTo(schools.get(3).urn);
            assertThat(header(deadLetter, DeadLetters.REASON_HEADER))
                    .contains("Cannot apply SchoolOnboarded.v1 " + batch.get(3).id());
        });
        assertThat(get("/schools/" + schools.get(3).urn).getStatusCode().value()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_history WHERE event_id = ?", Long.class,
                batch.get(3).id())).as("nothing of the poison event is kept").isZero();
    }

    private static String contactJson(String urn, String email) {
        return "{\"schoolUrn\":\"" + urn + "\",\"email\":\"" + email + "\"}";
    }

    private static CloudEvent cloudEvent(String type, String subject, String aggregateId, String data) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withType(type)
                .withSource(URI.create(TestEvents.SCHOOL_SERVICE))
                .withSubject(subject)
                .withTime(OffsetDateTime.parse("2025-09-01T08:00:00Z"))
                .withDataContentType(CloudEvents.JSON)
                .withExtension(CloudEvents.AGGREGATE_ID, aggregateId)
                .withExtension(CloudEvents.AGGREGATE_SEQUENCE, 1)
                .withData(data.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static List<String> reasons(List<ConsumerRecord<String, byte[]>> deadLetters) {
        return deadLetters.stream().map(deadLetter -> header(deadLetter, DeadLetters.REASON_HEADER)).toList();
    }

    /** The dead letters with these keys, once there are {@code expected}, and any that follow right behind. */
    private List<ConsumerRecord<String, byte[]>> deadLettersOf(Set<String> keys, int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            await().atMost(PATIENCE).until(() -> {
                poll(consumer, keys, found, 200);
                return found.size() >= expected;
            });
            // A good record dead-lettered by mistake would land right behind the expected ones.
            poll(consumer, keys, found, 1000);
        }
        return found;
    }

    private static void poll(KafkaConsumer<String, byte[]> consumer, Set<String> keys,
                             List<ConsumerRecord<String, byte[]>> found, long millis) {
        consumer.poll(Duration.ofMillis(millis)).forEach(record -> {
            if (keys.contains(record.key())) {
                found.add(record);
            }
        });
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
