package uk.gov.education.placements.providerview.history;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import uk.gov.education.placements.providerview.projection.AggregateKey;
import uk.gov.education.placements.providerview.projection.PositionedEvent;
import uk.gov.education.placements.support.consumer.ConsumedEvent;

/**
 * The append-only history of every event this service consumed, deduplicated by CloudEvent id.
 * Positions are assigned in the order events are stored; they may have gaps (a duplicate still
 * draws a number) but never change.
 */
@Repository
public class EventHistoryRepository {

    /** Rows fetched per round trip while streaming: memory stays constant whatever the history's size. */
    static final int STREAM_FETCH_SIZE = 500;

    private static final String COLUMNS = qualified(null);

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    public EventHistoryRepository(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(STREAM_FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Stores the events not stored before (by id), in the given order, in the caller's transaction.
     *
     * @return the events newly stored, with their positions, in their stored order
     */
    public List<PositionedEvent> append(List<ConsumedEvent> events) {
        List<ConsumedEvent> distinct = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConsumedEvent event : events) {
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
            ConsumedEvent event = distinct.get(i);
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
                + " ON CONFLICT (event_id) DO NOTHING RETURNING event_id, position";
        Map<String, Long> stored = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int c = 0; c < columns.length; c++) {
                statement.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            return statement;
        }, (ResultSet rs) -> {
            stored.put(rs.getString(1), rs.getLong(2));
        });
        return distinct.stream()
                .map(ConsumedEvent::envelope)
                .filter(envelope -> stored.containsKey(envelope.id()))
                .map(envelope -> new PositionedEvent(stored.get(envelope.id()), envelope))
                .toList();
    }

    /**
     * The events a held-event table holds for these aggregates, in stored order: those that
     * arrived before an earlier event of their aggregate and wait for it.
     */
    public Map<AggregateKey, List<PositionedEvent>> held(String heldTable, Collection<AggregateKey> aggregates) {
        Map<AggregateKey, List<PositionedEvent>> held = new HashMap<>();
        String[] sources = aggregates.stream().map(AggregateKey::source).toArray(String[]::new);
        String[] ids = aggregates.stream().map(AggregateKey::aggregateId).toArray(String[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT " + qualified("e") + " FROM " + heldTable
                    + " h JOIN unnest(?::text[], ?::text[]) AS k(source, aggregate_id)"
                    + " ON h.source = k.source AND h.aggregate_id = k.aggregate_id"
                    + " JOIN event_history e ON e.position = h.position ORDER BY e.position");
            statement.setArray(1, connection.createArrayOf("text", sources));
            statement.setArray(2, connection.createArrayOf("text", ids));
            return statement;
        }, (ResultSet rs) -> {
            StoredEvent event = stored(rs, 0);
            PositionedEvent positioned = positioned(event);
            held.computeIfAbsent(positioned.aggregate(), key -> new ArrayList<>()).add(positioned);
        });
        return held;
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
                + " ORDER BY position LIMIT ?", EventHistoryRepository::stored, after, upTo, limit);
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

    /**
     * The school's own events (onboarding and contact) with an event time at or before
     * {@code asOf}, in the School's sequence order (which may differ from the order they arrived in).
     */
    public List<StoredEvent> schoolEventsUpTo(String schoolUrn, Instant asOf, List<String> types) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM event_history"
                    + " WHERE subject = ? AND time <= ? AND type = ANY (?) ORDER BY aggregate_sequence, position");
            statement.setString(1, schoolUrn);
            statement.setTimestamp(2, Timestamp.from(asOf));
            statement.setArray(3, connection.createArrayOf("text", types.toArray()));
            return statement;
        }, EventHistoryRepository::stored);
    }

    /** The stored event as the projection applies it, with its position. */
    public static PositionedEvent positioned(StoredEvent event) {
        return new PositionedEvent(event.position(), envelope(event));
    }

    /** The stored event as the envelope the projection applies. */
    public static EventEnvelope envelope(StoredEvent event) {
        EventType type = EventCatalog.byCloudEventType(event.type()).orElseThrow(() ->
                new UnreadableEventException("The history holds an event type this version cannot read: " + event.type()));
        return new EventEnvelope(event.id(), event.source(), event.time(), event.aggregateId(),
                event.aggregateSequence(), CloudEvents.readPayload(type, event.data().getBytes(StandardCharsets.UTF_8)));
    }

    private static String qualified(String alias) {
        String table = alias == null ? "" : alias + ".";
        return table + "position, " + table + "event_id, " + table + "type, " + table + "source, " + table + "subject, "
                + table + "time, " + table + "aggregate_id, " + table + "aggregate_sequence, " + table + "data::text AS data";
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
