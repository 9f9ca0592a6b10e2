package uk.gov.education.placements.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PartnershipEnded;
import uk.gov.education.placements.events.PlacementDeleted;
import uk.gov.education.placements.events.PlacementProviderUnassigned;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.providerview.projection.ReadModelTables;
import uk.gov.education.placements.providerview.projection.ReadModelWriter;
import uk.gov.education.placements.providerview.history.EventHistoryRepository;
import uk.gov.education.placements.support.consumer.ConsumedEvent;
import uk.gov.education.placements.support.consumer.EventRecords;

/** The naive replay baseline writes, row for row, what provider-view's own projection writes for the same events. */
class NaiveProjectorIT {

    private final SingleConnectionDataSource dataSource = Databases.migrated(Databases.PROVIDER_VIEW);

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void writesTheRowsOfProviderViewsProjection() throws Exception {
        List<EventEnvelope> events = new ArrayList<>(Seed.mixed(30, Instant.parse("2025-09-01T08:00:00Z")));
        events.addAll(endings(events));

        EventHistoryRepository history = Seed.history(dataSource);
        List<ConsumedEvent> consumed = events.stream().map(event -> EventRecords.read(new ConsumerRecord<>(
                event.source().equals(Seed.SCHOOL_SERVICE) ? Topics.SCHOOL_EVENTS : Topics.PLACEMENT_EVENTS, 0, 0L,
                event.schoolUrn(), CloudEvents.toCloudEvent(event)))).toList();
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status ->
                new ReadModelWriter(new JdbcTemplate(dataSource), history).apply(history.append(consumed), ReadModelTables.LIVE));
        Connection connection = dataSource.getConnection();
        ReplayRate.NaiveProjector.createTables(connection);
        try (var naive = new ReplayRate.NaiveProjector(dataSource.getConnection())) {
            for (EventEnvelope event : events) {
                naive.apply(event);
            }
        }

        for (String table : List.of("school_view", "placement_view", "partnership_view", "applied_sequence")) {
            assertThat(rows(connection, ReplayRate.NaiveProjector.PREFIX + table)).as(table)
                    .hasSizeGreaterThan(0).isEqualTo(rows(connection, table));
        }
    }

    /** An unassignment, a deletion and an ended partnership for the first school, so every kind of change is compared. */
    private static List<EventEnvelope> endings(List<EventEnvelope> events) {
        EventEnvelope assigned = events.stream().filter(e -> e.payload().getClass().getSimpleName().equals("PlacementProviderAssigned"))
                .findFirst().orElseThrow();
        EventEnvelope secondCreated = events.stream().filter(e -> e.payload().getClass().getSimpleName().equals("PlacementCreated")
                && e.schoolUrn().equals(assigned.schoolUrn()) && !e.aggregateId().equals(assigned.aggregateId())).findFirst().orElseThrow();
        String urn = assigned.schoolUrn();
        return List.of(
                placement(assigned.aggregateId(), 3, new PlacementProviderUnassigned(UUID.fromString(assigned.aggregateId()), urn, "1TZ")),
                placement(secondCreated.aggregateId(), 2, new PlacementDeleted(UUID.fromString(secondCreated.aggregateId()), urn)),
                placement(urn + ":1TZ", 1, new PartnershipEnded(urn, "1TZ")));
    }

    private static EventEnvelope placement(String aggregate, long sequence, DomainEvent event) {
        return new EventEnvelope(UUID.randomUUID().toString(), Seed.PLACEMENT_SERVICE, Instant.parse("2025-09-02T08:00:00Z"),
                aggregate, sequence, event);
    }

    /** Every row of the table, by its first column, with arrays as lists. */
    private static List<List<Object>> rows(Connection connection, String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                    Object value = result.getObject(c);
                    row.add(value instanceof Array array ? Arrays.asList((Object[]) array.getArray()) : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
