package uk.gov.education.placements.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventCatalog;
import uk.gov.education.placements.events.EventEnvelope;

/** What the benchmark appends to a write service's DomainEventEntry reads back through Axon as the events it wrote. */
class EventStoreRowsIT {

    private final SingleConnectionDataSource dataSource = Databases.migrated(Databases.AXON);

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void seededEventsReadBackThroughAxonsSerializerAsTheProductionEvents() throws Exception {
        List<EventEnvelope> events = schoolEvents(3, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        Seed.appendSchoolEvents(Seed.eventStore(dataSource), events);

        JdbcEventStorageEngine reader = Seed.eventStore(dataSource);
        List<EventEnvelope> read = new ArrayList<>();
        List<String> aggregates = events.stream().map(EventEnvelope::aggregateId).distinct().toList();
        for (String urn : aggregates) {
            // As a command loads the aggregate: its events in sequence, through the production serializer.
            reader.readEvents(urn).asStream().map(m -> (DomainEventMessage<?>) m).forEach(m -> read.add(new EventEnvelope(
                    m.getIdentifier(), Seed.SCHOOL_SERVICE, m.getTimestamp(), m.getAggregateIdentifier(), m.getSequenceNumber(),
                    (DomainEvent) m.getPayload())));
        }
        assertThat(read).isEqualTo(events.stream().sorted(Comparator.comparing(e -> aggregates.indexOf(e.aggregateId()))).toList());

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT type, payloadType, payloadRevision FROM domainevententry ORDER BY globalIndex")) {
            for (EventEnvelope event : events) {
                assertThat(rows.next()).isTrue();
                assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3))).isEqualTo(List.of(
                        "School", event.payload().getClass().getName(), EventCatalog.of(event.payload().getClass()).revision()));
            }
        }
    }

    @Test
    void theRawBaselineCopiesTheStoredRowsUnchanged() throws Exception {
        Seed.appendSchoolEvents(Seed.eventStore(dataSource), schoolEvents(4, Instant.now()));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE copy_of_entries (LIKE domainevententry INCLUDING INDEXES INCLUDING CONSTRAINTS)");
            Seed.copyRows(connection, "SELECT * FROM domainevententry", "copy_of_entries", 5, 60);
            try (ResultSet differences = statement.executeQuery("SELECT count(*) FROM ((SELECT * FROM domainevententry EXCEPT"
                    + " SELECT * FROM copy_of_entries) UNION ALL (SELECT * FROM copy_of_entries EXCEPT SELECT * FROM domainevententry)) d")) {
                differences.next();
                assertThat(differences.getLong(1)).isZero();
            }
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM copy_of_entries")) {
                count.next();
                assertThat(count.getLong(1)).isEqualTo(4 * Seed.SCHOOL_EVENTS_PER_SCHOOL);
            }
        }
    }

    private static List<EventEnvelope> schoolEvents(int schools, Instant start) {
        return Seed.mixed(schools, start).stream().filter(event -> event.source().equals(Seed.SCHOOL_SERVICE)).toList();
    }
}
