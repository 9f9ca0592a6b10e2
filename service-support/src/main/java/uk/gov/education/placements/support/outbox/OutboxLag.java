package uk.gov.education.placements.support.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the outbox is behind the event store: the events stored but not yet acknowledged by
 * Kafka (after the processor's stored token, and in its gaps), and when the oldest was stored.
 * Read from the token table, so every instance can tell, whichever one holds the outbox.
 */
final class OutboxLag {

    record Lag(long unpublishedEvents, Instant oldestUnpublishedStoredAt) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    OutboxLag(DataSource dataSource, Serializer serializer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
    }

    Lag measure() {
        long index = -1;
        Set<Long> gaps = Set.of();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT token, tokenType FROM TokenEntry WHERE processorName = ? AND segment = 0",
                KafkaOutbox.PROCESSING_GROUP);
        if (!rows.isEmpty() && rows.get(0).get("token") != null) {
            TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(
                    (byte[]) rows.get(0).get("token"), byte[].class, (String) rows.get(0).get("tokenType"), null));
            if (token instanceof GapAwareTrackingToken gapAware) {
                index = gapAware.getIndex();
                gaps = gapAware.getGaps();
            } else if (token != null) {
                index = token.position().orElse(-1);
            }
        }
        Object[] arguments = {index, gaps.toArray(Long[]::new)};
        String unpublished = " FROM DomainEventEntry WHERE globalIndex > ? OR globalIndex = ANY (?)";
        Long count = jdbc.queryForObject("SELECT count(*)" + unpublished, Long.class, arguments);
        List<String> oldest = jdbc.queryForList("SELECT timeStamp" + unpublished + " ORDER BY globalIndex LIMIT 1",
                String.class, arguments);
        return new Lag(count == null ? 0 : count, oldest.isEmpty() ? null : Instant.parse(oldest.get(0)));
    }
}
