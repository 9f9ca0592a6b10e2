package uk.gov.education.placements.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.annotation.Transactional;

import io.cloudevents.CloudEvent;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.infrastructure.WithRealInfrastructure;

/**
 * A projection whose connection dies in the middle of its transaction, on real PostgreSQL: the
 * statement fails, the pool closes the connection, and the rollback then fails on the closed
 * connection ("Connection is closed"), which is what the caller sees. That is the database's
 * failure, not the event's: it must be retried, never dead-lettered as poison. The fault suite
 * found this with {@code pg_ctl stop -m immediate} under load.
 */
@SpringBootTest(classes = DatabaseFailureIsolationIT.ProjectionApplication.class,
        properties = "placements.outbox.topic=isolation-it")
@WithRealInfrastructure
class DatabaseFailureIsolationIT {

    @Autowired
    KilledOnce projection;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void table() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS isolation_it (urn text PRIMARY KEY)");
        jdbc.execute("TRUNCATE isolation_it");
        projection.failNext(0);
    }

    @Test
    void aConnectionKilledInTheMiddleOfTheBatchIsTheDatabasesFailureAndTheBatchIsRetriedNotDeadLettered() {
        projection.failNext(1);
        var records = List.of(school("100001"), school("100002"));
        PoisonIsolation isolation = new PoisonIsolation(projection);

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> isolation.consume(records));

        assertThat(failure.getCause()).isNotInstanceOf(PoisonEventException.class);
        assertThat(DatabaseFailures.isUnavailable(failure)).as("classified as the database's failure: %s", failure).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM isolation_it", Integer.class)).isZero();

        isolation.consume(records);
        assertThat(jdbc.queryForList("SELECT urn FROM isolation_it ORDER BY urn", String.class))
                .containsExactly("100001", "100002");
    }

    @Test
    void aConnectionKilledOnEveryAttemptIsNeverTakenForPoison() {
        projection.failNext(Integer.MAX_VALUE);

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> new PoisonIsolation(projection).consume(List.of(school("100001"), school("100002"))));

        assertThat(failure.getCause()).isNotInstanceOf(PoisonEventException.class);
        assertThat(DatabaseFailures.isUnavailable(failure)).isTrue();
    }

    /** Inserts each school; while {@code failures} is above zero, terminates its own backend first. */
    static class KilledOnce implements EventBatchProjection {

        private final AtomicInteger failures = new AtomicInteger();
        private final JdbcTemplate jdbc;

        KilledOnce(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void failNext(int attempts) {
            failures.set(attempts);
        }

        @Override
        @Transactional
        public void project(List<ConsumedEvent> events) {
            for (ConsumedEvent event : events) {
                jdbc.update("INSERT INTO isolation_it (urn) VALUES (?)", event.envelope().schoolUrn());
            }
            if (failures.getAndDecrement() > 0) {
                jdbc.queryForList("SELECT pg_terminate_backend(pg_backend_pid())");
            }
        }
    }

    @SpringBootApplication(excludeName = "uk.gov.education.placements.support.consumer.EventConsumerAutoConfiguration")
    static class ProjectionApplication {

        @Bean
        KilledOnce killedOnce(JdbcTemplate jdbc) {
            return new KilledOnce(jdbc);
        }
    }

    private static ConsumerRecord<String, CloudEvent> school(String urn) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "school-service",
                OffsetDateTime.parse("2026-09-01T08:00:00Z").toInstant(), urn, 0, new SchoolOnboarded(urn, "School " + urn));
        return new ConsumerRecord<>("school-events", 0, 0, urn, CloudEvents.toCloudEvent(envelope));
    }
}
