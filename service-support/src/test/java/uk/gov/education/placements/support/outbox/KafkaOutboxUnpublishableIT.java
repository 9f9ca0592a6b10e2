package uk.gov.education.placements.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import uk.gov.education.placements.infrastructure.RealInfrastructure;
import uk.gov.education.placements.infrastructure.WithRealInfrastructure;

/**
 * An event in the store whose payload type this version does not know (written by a newer one):
 * the outbox stops there, loudly, rather than skip it or publish it under a guessed type.
 */
@SpringBootTest(classes = OutboxTestApplication.class, properties = "placements.outbox.topic=outbox-unpublishable-it")
@WithRealInfrastructure
class KafkaOutboxUnpublishableIT {

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaOutbox outbox;

    @Autowired
    OutboxHealthIndicator health;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void stopsAtAnEventItCannotPublishSaysWhichAndKeepsItsPositionBeforeIt() {
        List<DomainEventMessage<?>> before = StoredEvents.appendSchool(eventStore, "400000", 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> published().contains(before.get(0).getIdentifier()));
        String unknown = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,"
                + " payloadType, payloadRevision, payload, metaData) SELECT ?, aggregateIdentifier, 1, type, timeStamp,"
                + " 'uk.gov.education.placements.events.SchoolRenamed', '1', payload, metaData FROM DomainEventEntry"
                + " WHERE eventIdentifier = ?", unknown, before.get(0).getIdentifier());
        long unknownIndex = jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?",
                Long.class, unknown);
        StoredEvents.appendSchool(eventStore, "400001", 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.stopped().isPresent());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !processing.eventProcessor(KafkaOutbox.PROCESSING_GROUP).orElseThrow().isRunning());

        Health answer = health.health();
        assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
        assertThat(answer.getDetails()).containsEntry("stoppedAtEvent", unknown)
                .containsEntry("stoppedAtGlobalIndex", String.valueOf(unknownIndex))
                .containsEntry("unpublishedEvents", 2L);
        assertThat(String.valueOf(answer.getDetails().get("reason")))
                .contains("SchoolRenamed").contains("is not an event of the catalog");
        assertThat(storedTokenIndex()).as("the token stays before the event").isLessThan(unknownIndex);
    }

    private long storedTokenIndex() {
        byte[] token = jdbc.queryForObject(
                "SELECT token FROM TokenEntry WHERE processorName = 'kafka-outbox' AND segment = 0", byte[].class);
        var matcher = java.util.regex.Pattern.compile("\"index\"\\s*:\\s*(\\d+)").matcher(new String(token));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private List<String> published() {
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of("outbox-unpublishable-it"));
            consumer.poll(Duration.ofMillis(2000)).forEach(record -> ids.add(record.value().getId()));
        }
        return ids;
    }
}
