package uk.gov.education.placements.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.education.placements.infrastructure.WithRealInfrastructure;

/** The outbox's producer points at a port where no broker listens: nothing may count as sent. */
@SpringBootTest(classes = OutboxTestApplication.class, properties = {
        "placements.outbox.topic=outbox-nobroker-it",
        "placements.outbox.send-timeout=2s",
        "spring.kafka.producer.bootstrap-servers=localhost:1",
        // No broker either for the admin: it would wait out its timeout creating the topic.
        "spring.kafka.admin.auto-create=false"})
@WithRealInfrastructure
class KafkaOutboxWithoutBrokerIT {

    @Autowired
    EventStore eventStore;

    @Autowired
    KafkaOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxHealthIndicator health;

    @Test
    void keepsItsTokenWhereItWasWhileKafkaDoesNotAcknowledge() {
        StoredEvents.appendSchool(eventStore, "300000", 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.failedBatches() >= 2);

        byte[] token = jdbc.queryForObject(
                "SELECT token FROM tokenentry WHERE processorName = 'kafka-outbox' AND segment = 0", byte[].class);
        assertThat(token).as("no event may count as published").isNull();
        assertThat(outbox.publishedEvents()).isZero();
        Health answer = health.health();
        assertThat(answer.getStatus()).as("commands are still accepted: the outbox catches up later").isEqualTo(Status.UP);
        assertThat(answer.getDetails()).containsEntry("unpublishedEvents", 3L)
                .containsKeys("oldestUnpublishedStoredAt", "oldestUnpublishedAge");
    }
}
