package uk.gov.education.placements.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.BatchListenerFailedException;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.events.UnreadableEventException;

class PoisonIsolationTest {

    private final List<List<String>> transactions = new ArrayList<>();

    @Test
    void projectsAReadableBatchInOneTransaction() {
        new PoisonIsolation(recording(null)).consume(List.of(school("100001", "A"), school("100002", "B")));

        assertThat(transactions).containsExactly(List.of("100001", "100002"));
    }

    @Test
    void anUnreadableRecordIsPointedOutByItsIndexAfterTheRecordsBeforeItAreProjected() {
        var records = List.of(school("100001", "A"), school("100002", "B"), unreadable("100003"), school("100004", "D"));

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> new PoisonIsolation(recording(null)).consume(records));

        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(failure.getCause()).isInstanceOf(UnreadableEventException.class);
        assertThat(transactions).containsExactly(List.of("100001", "100002"));
    }

    @Test
    void aRecordThatFailsItsProjectionIsFoundRecordByRecordAndTheGoodOnesBeforeItAreApplied() {
        var records = List.of(school("100001", "A"), school("100002", "B"), school("100003", "poison"), school("100004", "D"));

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> new PoisonIsolation(recording("100003")).consume(records));

        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(failure.getCause()).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("Cannot apply SchoolOnboarded.v1").hasMessageContaining("no such column");
        assertThat(transactions).as("the batch failed as a whole, then each record before the poison one alone")
                .containsExactly(List.of("100001"), List.of("100002"));
    }

    @Test
    void whileTheDatabaseIsAwayTheWholeBatchIsRetriedAndNothingIsTakenForPoison() {
        EventBatchProjection databaseAway = events -> {
            throw new CannotGetJdbcConnectionException("Connection refused");
        };

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> new PoisonIsolation(databaseAway).consume(List.of(school("100001", "A"), school("100002", "B"))));

        assertThat(failure.getIndex()).isZero();
        assertThat(failure.getCause()).isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(DatabaseFailures.isUnavailable(failure)).isTrue();
    }

    /** Records each transaction's schools; one containing {@code poison} fails as a bad statement would. */
    private EventBatchProjection recording(String poison) {
        return events -> {
            List<String> schools = events.stream().map(event -> event.envelope().schoolUrn()).toList();
            if (schools.contains(poison)) {
                throw new org.springframework.jdbc.BadSqlGrammarException("insert", "INSERT",
                        new java.sql.SQLException("no such column", "42703"));
            }
            transactions.add(schools);
        };
    }

    private static ConsumerRecord<String, CloudEvent> school(String urn, String name) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "school-service",
                OffsetDateTime.parse("2026-09-01T08:00:00Z").toInstant(), urn, 0, new SchoolOnboarded(urn, name));
        return new ConsumerRecord<>("school-events", 0, 0, urn, CloudEvents.toCloudEvent(envelope));
    }

    private static ConsumerRecord<String, CloudEvent> unreadable(String urn) {
        CloudEvent event = CloudEventBuilder.v1().withId("x").withType("SchoolRenamed.v1")
                .withSource(URI.create("school-service")).withSubject(urn).build();
        return new ConsumerRecord<>("school-events", 0, 0, urn, event);
    }
}
