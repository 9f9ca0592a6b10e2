package uk.gov.education.placements.providerview.projection;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import uk.gov.education.placements.support.consumer.HeldEvents;

/** The live read models' held events, for the health details. */
@Repository
class HeldEventRepository implements HeldEvents {

    private final JdbcTemplate jdbc;

    HeldEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Summary summary(int limit) {
        String table = ReadModelTables.LIVE.heldEvent();
        String sequences = ReadModelTables.LIVE.appliedSequence();
        List<Gap> gaps = jdbc.query("SELECT h.source || '/' || h.aggregate_id AS aggregate,"
                        + " coalesce(max(a.last_sequence), -1) + 1 AS missing, count(*) AS held, min(h.held_since) AS since"
                        + " FROM " + table + " h LEFT JOIN " + sequences + " a"
                        + " ON a.source = h.source AND a.aggregate_id = h.aggregate_id"
                        + " GROUP BY h.source, h.aggregate_id ORDER BY min(h.held_since) LIMIT ?",
                (rs, row) -> new Gap(rs.getString("aggregate"), rs.getLong("missing"), rs.getLong("held"),
                        rs.getTimestamp("since").toInstant()), limit);
        return jdbc.queryForObject("SELECT count(*) AS events, count(DISTINCT (source, aggregate_id)) AS aggregates,"
                        + " min(held_since) AS oldest FROM " + table,
                (rs, row) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new Summary(rs.getLong("events"), rs.getLong("aggregates"),
                            oldest == null ? null : oldest.toInstant(), gaps);
                });
    }
}
