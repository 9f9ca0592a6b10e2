package uk.gov.education.placements.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import uk.gov.education.placements.events.EventEnvelope;

/**
 * Events as provider-view-service stores them in its event_history table: the CloudEvent's
 * attributes, the payload's compact JSON, and where on Kafka it came from.
 */
final class HistoryRows {

    static final String COLUMNS = "event_id, type, source, subject, time, aggregate_id, aggregate_sequence, data,"
            + " kafka_topic, kafka_partition, kafka_offset";

    private HistoryRows() {
    }

    /**
     * Inserts the rows in batches of {@code batchSize}, one transaction each, until done or until
     * {@code deadlineNanos}; positions are given explicitly when {@code withPositions} (for a copy
     * of the table without its sequence).
     *
     * @return rows inserted
     */
    static long insert(Connection connection, String table, List<Serialized> events, int batchSize,
                       boolean withPositions, long deadlineNanos) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        String sql = "INSERT INTO " + table + " (" + (withPositions ? "position, " : "") + COLUMNS + ") VALUES ("
                + (withPositions ? "?, " : "") + "?, ?, ?, ?, ?, ?, ?, ?::json, ?, ?, ?)";
        long inserted = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int inBatch = 0;
            for (Serialized row : events) {
                EventEnvelope event = row.event();
                int column = 1;
                if (withPositions) {
                    insert.setLong(column++, inserted + 1);
                }
                String topic = event.source().equals(History.SCHOOL_SERVICE) ? "school-events" : "placement-events";
                insert.setString(column++, event.id());
                insert.setString(column++, event.type().cloudEventType());
                insert.setString(column++, event.source());
                insert.setString(column++, event.schoolUrn());
                insert.setTimestamp(column++, Timestamp.from(event.time()));
                insert.setString(column++, event.aggregateId());
                insert.setLong(column++, event.sequence());
                insert.setString(column++, row.jsonText());
                insert.setString(column++, topic);
                insert.setInt(column++, Math.floorMod(event.schoolUrn().hashCode(), 3));
                insert.setLong(column, 1_000_000_000L + inserted);
                insert.addBatch();
                inBatch++;
                inserted++;
                if (inBatch == batchSize) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                    if (System.nanoTime() > deadlineNanos) {
                        return inserted;
                    }
                }
            }
            if (inBatch > 0) {
                insert.executeBatch();
            }
            connection.commit();
            return inserted;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
