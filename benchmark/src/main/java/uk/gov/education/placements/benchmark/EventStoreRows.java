package uk.gov.education.placements.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventCatalog;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.EventJson;

/**
 * Events as Axon's JDBC storage engine stores them in school-service's DomainEventEntry table:
 * payload and metadata as Jackson JSON bytes (the EventJson-configured mapper service-support
 * gives Axon), payloadType the event's class name, payloadRevision its @Revision, timeStamp an
 * ISO-8601 instant with milliseconds, type the aggregate's type ("School").
 */
final class EventStoreRows {

    static final String COLUMNS = "eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,"
            + " payloadType, payloadRevision, payload, metaData";

    private static final DateTimeFormatter AXON_INSTANT = new DateTimeFormatterBuilder()
            .appendInstant(3).toFormatter().withZone(ZoneOffset.UTC);

    private EventStoreRows() {
    }

    /** Appends the events in one transaction per {@code batchSize} rows (all in one if it is 0). */
    static void insert(Connection connection, String table, List<Serialized> events, int batchSize) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int inBatch = 0;
            for (Serialized event : events) {
                bind(insert, event);
                insert.addBatch();
                inBatch++;
                if (batchSize > 0 && inBatch == batchSize) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                insert.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static void bind(PreparedStatement insert, Serialized row) throws SQLException {
        EventEnvelope event = row.event();
        DomainEvent payload = event.payload();
        insert.setString(1, event.id());
        insert.setString(2, event.aggregateId());
        insert.setLong(3, event.sequence());
        insert.setString(4, "School");
        insert.setString(5, AXON_INSTANT.format(event.time()));
        insert.setString(6, payload.getClass().getName());
        insert.setString(7, EventCatalog.of(payload.getClass()).revision());
        insert.setBytes(8, row.json());
        insert.setBytes(9, ("{\"traceId\":\"" + event.id() + "\",\"correlationId\":\"" + event.id() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Reads stored events back as envelopes, in global order, after the given global index. */
    static List<Stored> read(Connection connection, String source, long afterGlobalIndex, int limit) throws SQLException {
        List<Stored> events = new ArrayList<>(limit);
        try (PreparedStatement query = connection.prepareStatement("SELECT globalIndex, " + COLUMNS
                + " FROM domainevententry WHERE globalIndex > ? ORDER BY globalIndex LIMIT ?")) {
            query.setLong(1, afterGlobalIndex);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new Stored(rows.getLong(1), envelope(rows, source)));
                }
            }
        }
        return events;
    }

    record Stored(long globalIndex, EventEnvelope envelope) {
    }

    private static EventEnvelope envelope(ResultSet row, String source) throws SQLException {
        String payloadType = row.getString("payloadType");
        Class<?> type;
        try {
            type = Class.forName(payloadType);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown payload type " + payloadType, e);
        }
        DomainEvent payload;
        try {
            payload = (DomainEvent) EventJson.mapper().readValue(row.getBytes("payload"), type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable payload of " + row.getString("eventIdentifier"), e);
        }
        return new EventEnvelope(row.getString("eventIdentifier"), source, Instant.parse(row.getString("timeStamp")),
                row.getString("aggregateIdentifier"), row.getLong("sequenceNumber"), payload);
    }

    static byte[] json(Object payload) {
        try {
            return EventJson.mapper().writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
