package uk.gov.education.placements.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PartnershipCreated;
import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.PlacementProviderAssigned;
import uk.gov.education.placements.events.PlacementUpdated;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.providerview.history.EventHistoryRepository;
import uk.gov.education.placements.support.consumer.ConsumedEvent;
import uk.gov.education.placements.support.consumer.EventRecords;
import uk.gov.education.placements.support.eventstore.AxonEventStoreAutoConfiguration;

/**
 * Synthetic, well-formed histories, written by the services' own code: school-service's event store through Axon's
 * engine and service-support's serializer, provider-view's history through its EventHistoryRepository, each event read as its
 * Kafka consumer reads a record. Only the raw baselines copy rows, as stored.
 */
final class Seed {

    static final String SCHOOL_SERVICE = "school-service";
    static final String PLACEMENT_SERVICE = "placement-service";
    /** Events per school in {@link #mixed}, of which school-service's: onboarded, a contact added and changed 4 times. */
    static final int EVENTS_PER_SCHOOL = 12;
    static final int SCHOOL_EVENTS_PER_SCHOOL = 6;

    private Seed() {
    }

    /** Schools' events from both services, interleaved a thousand schools at a time as concurrent activity would be. */
    static List<EventEnvelope> mixed(int schools, Instant start) {
        List<EventEnvelope> events = new ArrayList<>(schools * EVENTS_PER_SCHOOL);
        for (int block = 0; block < schools; block += 1000) {
            List<String> urns = Context.urns(Math.min(1000, schools - block));
            List<UUID[]> placements = urns.stream().map(urn -> new UUID[] {UUID.randomUUID(), UUID.randomUUID()}).toList();
            for (int slot = 0; slot < EVENTS_PER_SCHOOL; slot++) {
                for (int i = 0; i < urns.size(); i++) {
                    events.add(mixedEvent(slot, urns.get(i), placements.get(i), start.plusMillis(events.size())));
                }
            }
        }
        return events;
    }

    private static EventEnvelope mixedEvent(int slot, String urn, UUID[] placement, Instant time) {
        String provider = "1TZ";
        String first = placement[0].toString();
        String second = placement[1].toString();
        return switch (slot) {
            case 0 -> school(urn, 0, new SchoolOnboarded(urn, "Bench School " + urn), time);
            case 1 -> school(urn, 1, new PlacementContactAdded(urn, "Mary", "Jackson", Context.uniqueEmail()), time);
            case 2 -> placement(urn + ":" + provider, 0, new PartnershipCreated(urn, provider), time);
            case 3 -> placement(first, 0, new PlacementCreated(placement[0], urn, details("mathematics")), time);
            case 4 -> placement(second, 0, new PlacementCreated(placement[1], urn, details("english")), time);
            case 6 -> placement(first, 1, new PlacementUpdated(placement[0], urn, details("physics")), time);
            case 7 -> placement(first, 2, new PlacementProviderAssigned(placement[0], urn, provider), time);
            case 9 -> placement(second, 1, new PlacementUpdated(placement[1], urn, details("history")), time);
            default -> school(urn, 2 + List.of(5, 8, 10, 11).indexOf(slot), // the four contact changes
                    new PlacementContactChanged(urn, "Mary", "Jackson", Context.uniqueEmail()), time);
        };
    }

    private static PlacementDetails details(String subject) {
        return new PlacementDetails("secondary", subject, List.of(), null, List.of("Ms Mentor"), "2025/26",
                List.of("autumn", "spring"));
    }

    private static EventEnvelope school(String urn, long sequence, DomainEvent event, Instant time) {
        return new EventEnvelope(UUID.randomUUID().toString(), SCHOOL_SERVICE, time, urn, sequence, event);
    }

    private static EventEnvelope placement(String aggregate, long sequence, DomainEvent event, Instant time) {
        return new EventEnvelope(UUID.randomUUID().toString(), PLACEMENT_SERVICE, time, aggregate, sequence, event);
    }

    /** A write service's event store as Axon reads and writes it, with the serializer service-support gives it. */
    static JdbcEventStorageEngine eventStore(DataSource dataSource) {
        Serializer serializer;
        try (var configuration = new AnnotationConfigApplicationContext(AxonEventStoreAutoConfiguration.class)) {
            serializer = configuration.getBean("eventSerializer", Serializer.class);
        }
        return JdbcEventStorageEngine.builder().connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(new SpringTransactionManager(new DataSourceTransactionManager(dataSource)))
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
    }

    /** Appends School events in one transaction, with the metadata a command's events carry. */
    static void appendSchoolEvents(JdbcEventStorageEngine eventStore, List<EventEnvelope> events) {
        eventStore.appendEvents(events.stream().map(event -> new GenericDomainEventMessage<>("School",
                event.aggregateId(), event.sequence(), event.payload(),
                MetaData.with("traceId", event.id()).and("correlationId", event.id()), event.id(), event.time())).toList());
    }

    static EventHistoryRepository history(DataSource dataSource) {
        return new EventHistoryRepository(dataSource, new DataSourceTransactionManager(dataSource));
    }

    /** Appends the events to provider-view's history, {@code batch} per statement, as its consumer would. */
    static void appendHistory(EventHistoryRepository history, List<EventEnvelope> events, int batch) {
        List<ConsumedEvent> consumed = IntStream.range(0, events.size()).mapToObj(i -> EventRecords.read(new ConsumerRecord<>(
                events.get(i).source().equals(SCHOOL_SERVICE) ? Topics.SCHOOL_EVENTS : Topics.PLACEMENT_EVENTS,
                Math.floorMod(events.get(i).schoolUrn().hashCode(), 3), 1_000_000_000L + i, events.get(i).schoolUrn(),
                CloudEvents.toCloudEvent(events.get(i))))).toList();
        for (int from = 0; from < consumed.size(); from += batch) {
            history.append(consumed.subList(from, Math.min(from + batch, consumed.size())));
        }
    }

    /** The raw limit of taking rows in: the rows as stored (read untimed) into an empty copy of their table in JDBC batches. */
    static double copyRows(Connection connection, String selectAll, String copy, int batch, long seconds) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(selectAll)) {
            while (result.next()) {
                Object[] row = new Object[result.getMetaData().getColumnCount()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = result.getObject(c + 1);
                }
                rows.add(row);
            }
            statement.execute("TRUNCATE " + copy);
        }
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        long inserted = 0;
        // SELECT * and a copy made LIKE the table have the same columns in the same order.
        try (var insert = connection.prepareStatement("INSERT INTO " + copy + " VALUES (" + "?, ".repeat(rows.get(0).length - 1) + "?)")) {
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    insert.setObject(c + 1, row[c]);
                }
                insert.addBatch();
                if (++inserted % batch == 0 || inserted == rows.size()) {
                    insert.executeBatch();
                    connection.commit();
                    if (System.nanoTime() - start > seconds * 1_000_000_000L) {
                        break;
                    }
                }
            }
        } finally {
            connection.setAutoCommit(true);
        }
        return inserted / ((System.nanoTime() - start) / 1e9);
    }
}
