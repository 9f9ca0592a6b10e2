package uk.gov.education.placements.providerview.query.history;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventCatalog;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.EventType;
import uk.gov.education.placements.events.UnreadableEventException;

/**
 * The append-only history of every event this service consumed, deduplicated by CloudEvent id.
 * Positions are assigned in the order events are stored; they may have gaps (a duplicate still
 * draws a number) but never change.
 */
@Repository
public class EventHistory {

    /** Rows fetched per round trip while streaming: memory stays constant whatever the history's size. */
    static final int STREAM_FETCH_SIZE = 500;

    private static final String COLUMNS =
            "position, event_id, type, source, subject, time, aggregate_id, aggregate_sequence, data::text AS data";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    public EventHistory(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(STREAM_FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Stores the events not stored before (by id), in the given order, in the caller's transaction.
     *
     * @return the envelopes of the events newly stored, in their stored order
     */
    public List<EventEnvelope> append(List<IncomingEvent> events) {
        List<IncomingEvent> distinct = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IncomingEvent event : events) {
            if (ids.add(event.envelope().id())) {
                distinct.add(event);
            }
        }
        if (distinct.isEmpty()) {
            return List.of();
        }
        int n = distinct.size();
        String[][] columns = new String[11][n];
        for (int i = 0; i < n; i++) {
            IncomingEvent event = distinct.get(i);
            EventEnvelope envelope = event.envelope();
            columns[0][i] = envelope.id();
            columns[1][i] = envelope.type().cloudEventType();
            columns[2][i] = envelope.source();
            columns[3][i] = envelope.schoolUrn();
            columns[4][i] = envelope.time().toString();
            columns[5][i] = envelope.aggregateId();
            columns[6][i] = Long.toString(envelope.sequence());
            columns[7][i] = event.data();
            columns[8][i] = event.topic();
            columns[9][i] = Integer.toString(event.partition());
            columns[10][i] = Long.toString(event.offset());
        }
        // One statement for the whole batch; ORDER BY ord draws the positions in the batch's order.
        String sql = "INSERT INTO event_history (event_id, type, source, subject, time, aggregate_id,"
                + " aggregate_sequence, data, kafka_topic, kafka_partition, kafka_offset)"
                + " SELECT e.event_id, e.type, e.source, e.subject, e.time::timestamptz, e.aggregate_id,"
                + " e.aggregate_sequence::bigint, e.data::json, e.kafka_topic, e.kafka_partition::int,"
                + " e.kafka_offset::bigint"
                + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY"
                + " AS e(event_id, type, source, subject, time, aggregate_id, aggregate_sequence, data,"
                + " kafka_topic, kafka_partition, kafka_offset, ord)"
                + " ORDER BY e.ord"
                + " ON CONFLICT (event_id) DO NOTHING RETURNING event_id";
        Set<String> stored = new HashSet<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int c = 0; c < columns.length; c++) {
                statement.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            return statement;
        }, (ResultSet rs) -> {
            stored.add(rs.getString(1));
        });
        return distinct.stream()
                .map(IncomingEvent::envelope)
                .filter(envelope -> stored.contains(envelope.id()))
                .toList();
    }

    /** The last position stored so far, or 0 for an empty history. */
    public long tail() {
        Long tail = jdbc.queryForObject("SELECT max(position) FROM event_history", Long.class);
        return tail == null ? 0 : tail;
    }

    public long countAfter(long position) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM event_history WHERE position > ?", Long.class, position);
        return count == null ? 0 : count;
    }

    /** Up to {@code limit} events after {@code after} and up to {@code upTo}, in stored order. */
    public List<StoredEvent> read(long after, long upTo, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM event_history WHERE position > ? AND position <= ?"
                + " ORDER BY position LIMIT ?", EventHistory::stored, after, upTo, limit);
    }

    /**
     * Hands every matching event to {@code sink}, in stored order, through a server-side cursor,
     * so that memory stays constant however many match.
     */
    public void stream(HistoryFilter filter, Consumer<StoredEvent> sink) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM event_history WHERE true");
        List<Object> arguments = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" AND time >= ?");
            arguments.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND time < ?");
            arguments.add(Timestamp.from(filter.to()));
        }
        if (!filter.types().isEmpty()) {
            sql.append(" AND type = ANY (?)");
            arguments.add(filter.types().toArray(String[]::new));
        }
        if (filter.schoolUrn() != null) {
            sql.append(" AND subject = ?");
            arguments.add(filter.schoolUrn());
        }
        sql.append(" ORDER BY position");
        // PostgreSQL streams with a cursor only inside a transaction (autocommit off) and with a fetch size.
        readOnly.executeWithoutResult(status -> streaming.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql.toString());
            for (int i = 0; i < arguments.size(); i++) {
                Object argument = arguments.get(i);
                if (argument instanceof String[] strings) {
                    statement.setArray(i + 1, connection.createArrayOf("text", strings));
                } else {
                    statement.setObject(i + 1, argument);
                }
            }
            statement.setFetchSize(STREAM_FETCH_SIZE);
            return statement;
        }, (ResultSet rs) -> {
            sink.accept(stored(rs, 0));
        }));
    }

    /** The school's own events (onboarding and contact) stored with an event time at or before {@code asOf}. */
    public List<StoredEvent> schoolEventsUpTo(String schoolUrn, Instant asOf, List<String> types) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM event_history"
                    + " WHERE subject = ? AND time <= ? AND type = ANY (?) ORDER BY position");
            statement.setString(1, schoolUrn);
            statement.setTimestamp(2, Timestamp.from(asOf));
            statement.setArray(3, connection.createArrayOf("text", types.toArray()));
            return statement;
        }, EventHistory::stored);
    }

    /** The stored event as the envelope the projection applies. */
    public static EventEnvelope envelope(StoredEvent event) {
        EventType type = EventCatalog.byCloudEventType(event.type()).orElseThrow(() ->
                new UnreadableEventException("The history holds an event type this version cannot read: " + event.type()));
        return new EventEnvelope(event.id(), event.source(), event.time(), event.aggregateId(),
                event.aggregateSequence(), CloudEvents.readPayload(type, event.data().getBytes(StandardCharsets.UTF_8)));
    }

    private static StoredEvent stored(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(
                rs.getLong("position"),
                rs.getString("event_id"),
                rs.getString("type"),
                rs.getString("source"),
                rs.getString("subject"),
                rs.getTimestamp("time").toInstant(),
                rs.getString("aggregate_id"),
                rs.getLong("aggregate_sequence"),
                rs.getString("data"));
    }
}
