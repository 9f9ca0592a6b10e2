package uk.gov.education.placements.providerview.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.infrastructure.RealInfrastructure;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.School;

class DeadLetterIT extends ProviderViewIT {

    @Value("${placements.topics.dead-letter}")
    String deadLetterTopic;

    @Test
    void recordsThatCannotBeReadGoToTheDeadLetterTopicWithTheReasonWhileLaterRecordsStillApply() {
        School school = TestEvents.school(TestEvents.anyUrn());
        byte[] notACloudEvent = "just some bytes".getBytes(StandardCharsets.UTF_8);
        byte[] badJson = "{\"schoolUrn\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] unknownData = ("{\"schoolUrn\":\"" + school.urn + "\"}").getBytes(StandardCharsets.UTF_8);

        // All on the school's key, so on the partition its good events use after them.
        publisher.publishRaw(new ProducerRecord<>(Topics.SCHOOL_EVENTS, school.urn, notACloudEvent));
        publisher.publish(new ProducerRecord<>(Topics.SCHOOL_EVENTS, school.urn,
                cloudEvent(school.urn, "SchoolRenamed.v1", unknownData)));
        publisher.publish(new ProducerRecord<>(Topics.SCHOOL_EVENTS, school.urn,
                cloudEvent(school.urn, "PlacementContactAdded.v1", badJson)));
        publisher.publish(new ProducerRecord<>(Topics.SCHOOL_EVENTS, school.urn,
                cloudEvent(school.urn, "PlacementContactAdded.v2", unknownData)));
        publisher.publish(school.onboarded("Still Consuming"), school.contactAdded("Ada", null, "ada@still.sch.uk"));

        awaitJson("/schools/" + school.urn, body -> !body.get("placementContact").isNull());
        List<ConsumerRecord<String, byte[]>> deadLetters = deadLettersOf(school.urn, 4);

        assertThat(deadLetters).extracting(ConsumerRecord::value)
                .containsExactly(notACloudEvent, unknownData, badJson, unknownData);
        assertThat(header(deadLetters.get(0), KafkaConsumerConfiguration.REASON_HEADER)).contains("Not a CloudEvent");
        assertThat(header(deadLetters.get(1), KafkaConsumerConfiguration.REASON_HEADER))
                .contains("Unknown event type or revision: SchoolRenamed.v1");
        assertThat(header(deadLetters.get(2), KafkaConsumerConfiguration.REASON_HEADER))
                .contains("Payload is not a valid PlacementContactAdded.v1");
        assertThat(header(deadLetters.get(3), KafkaConsumerConfiguration.REASON_HEADER))
                .contains("Unknown event type or revision: PlacementContactAdded.v2");
        for (ConsumerRecord<String, byte[]> deadLetter : deadLetters) {
            assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.SCHOOL_EVENTS);
            assertThat(header(deadLetter, "kafka_dlt-exception-fqcn")).isNotBlank();
        }
        assertThat(header(deadLetters.get(1), "ce_type")).as("a CloudEvent keeps its attributes")
                .isEqualTo("SchoolRenamed.v1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_history WHERE subject = ?", Long.class, school.urn))
                .isEqualTo(2);
    }

    private static CloudEvent cloudEvent(String urn, String type, byte[] data) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withType(type)
                .withSource(URI.create(TestEvents.SCHOOL_SERVICE))
                .withSubject(urn)
                .withTime(OffsetDateTime.parse("2025-09-01T08:00:00Z"))
                .withDataContentType(CloudEvents.JSON)
                .withExtension(CloudEvents.AGGREGATE_ID, urn)
                .withExtension(CloudEvents.AGGREGATE_SEQUENCE, 0)
                .withData(data)
                .build();
    }

    private List<ConsumerRecord<String, byte[]>> deadLettersOf(String key, int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(deadLetterTopic));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return found.size() >= expected;
            });
        }
        return found;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
