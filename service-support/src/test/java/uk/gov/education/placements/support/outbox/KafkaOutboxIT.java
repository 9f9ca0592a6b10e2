package uk.gov.education.placements.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.cloudevents.kafka.CloudEventDeserializer;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.infrastructure.RealInfrastructure;
import uk.gov.education.placements.infrastructure.WithRealInfrastructure;

@SpringBootTest(classes = OutboxTestApplication.class,
        properties = {"placements.outbox.topic=outbox-it", "placements.outbox.batch-size=100"})
@WithRealInfrastructure
class KafkaOutboxIT {

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Republisher republisher;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MeterRegistry meters;

    @Value("${placements.outbox.topic}")
    String topic;

    @Test
    void publishesEveryStoredEventOnceAsACloudEventKeyedByUrnInAggregateOrder() {
        List<DomainEventMessage<?>> stored = new ArrayList<>();
        for (int school = 0; school < 5; school++) {
            stored.addAll(StoredEvents.appendSchool(eventStore, String.valueOf(100000 + school), 59));
        }

        Set<String> schools = stored.stream().map(DomainEventMessage::getAggregateIdentifier).collect(Collectors.toSet());
        List<ConsumerRecord<String, CloudEvent>> received = consume(schools, stored.size());

        assertThat(received.size()).isEqualTo(300);
        assertThat(received).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(record.value().getSubject());
            assertThat(record.value().getSource()).hasToString("outbox-test");
        });
        assertThat(received).extracting(r -> r.value().getId())
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(DomainEventMessage::getIdentifier).toList());
        Map<String, List<Long>> sequencesPerSchool = received.stream()
                .map(r -> CloudEvents.fromCloudEvent(r.value()))
                .collect(Collectors.groupingBy(EventEnvelope::aggregateId,
                        Collectors.mapping(EventEnvelope::sequence, Collectors.toList())));
        assertThat(sequencesPerSchool).hasSize(5).allSatisfy((urn, sequences) ->
                assertThat(sequences).isSorted().doesNotHaveDuplicates().hasSize(60));
    }

    @Test
    void republishesTheStoreFromAGivenPositionBesideTheOutboxKeepingEachEventsId() {
        List<DomainEventMessage<?>> stored = StoredEvents.appendSchool(eventStore, "500000", 9);
        long head = jdbc.queryForObject("SELECT max(globalIndex) FROM domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(storedTokenIndex()).isEqualTo(head));
        long from = jdbc.queryForObject("SELECT globalIndex FROM domainevententry WHERE eventIdentifier = ?",
                Long.class, stored.get(6).getIdentifier());

        Republication started = republisher.start(from, "test-operator");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !republisher.find(started.id()).orElseThrow().state().equals(Republication.RUNNING));

        Republication done = republisher.find(started.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(Republication.COMPLETED);
        assertThat(done.toPosition()).isEqualTo(head);
        assertThat(done.publishedEvents()).isEqualTo(head - from + 1);
        List<ConsumerRecord<String, CloudEvent>> received = consume(java.util.Set.of("500000"), 10 + 4);
        assertThat(received).extracting(r -> r.value().getId())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(stored.stream(),
                        stored.subList(6, 10).stream()).map(DomainEventMessage::getIdentifier).toList());
    }

    @Test
    void movesItsTokenToTheHeadOfTheStoreOnceKafkaAcknowledged() {
        StoredEvents.appendSchool(eventStore, "200000", 3);
        long head = jdbc.queryForObject("SELECT max(globalIndex) FROM domainevententry", Long.class);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(storedTokenIndex()).isEqualTo(head));
    }

    @Test
    void theOutboxLagMetricsRiseWhileEventsWaitAndFallOnceKafkaHasThem() {
        TrackingEventProcessor outbox = processing.eventProcessor(KafkaOutbox.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        // What other tests stored is published first, so that the events below are all that wait.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(meters.get("placements.outbox.unpublished.events").gauge().value()).isZero());
        outbox.shutDown();
        try {
            double published = meters.get("placements.outbox.published.events").functionCounter().count();
            StoredEvents.appendSchool(eventStore, "300000", 4);

            assertThat(meters.get("placements.outbox.unpublished.events").gauge().value()).isEqualTo(5);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(meters.get("placements.outbox.oldest.unpublished.age").timeGauge()
                            .value(TimeUnit.MILLISECONDS)).isPositive());

            outbox.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(meters.get("placements.outbox.unpublished.events").gauge().value()).isZero();
                assertThat(meters.get("placements.outbox.oldest.unpublished.age").timeGauge().value()).isZero();
                assertThat(meters.get("placements.outbox.published.events").functionCounter().count())
                        .isGreaterThanOrEqualTo(published + 5);
            });
        } finally {
            outbox.start();
        }
    }

    private Long storedTokenIndex() {
        byte[] token = jdbc.queryForObject(
                "SELECT token FROM tokenentry WHERE processorName = 'kafka-outbox' AND segment = 0", byte[].class);
        if (token == null) {
            return null;
        }
        var matcher = java.util.regex.Pattern.compile("\"index\"\\s*:\\s*(\\d+)").matcher(new String(token));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : null;
    }

    /** The records of the given schools: other tests of this class publish to the same topic. */
    private List<ConsumerRecord<String, CloudEvent>> consume(Set<String> schools, int expected) {
        List<ConsumerRecord<String, CloudEvent>> received = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                poll(consumer, schools, received, 200);
                return received.size() >= expected;
            });
            // Anything published twice would show up right behind the expected records.
            poll(consumer, schools, received, 500);
        }
        return received;
    }

    private static void poll(KafkaConsumer<String, CloudEvent> consumer, Set<String> schools,
                             List<ConsumerRecord<String, CloudEvent>> received, long millis) {
        for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(millis))) {
            if (schools.contains(record.key())) {
                received.add(record);
            }
        }
    }
}
