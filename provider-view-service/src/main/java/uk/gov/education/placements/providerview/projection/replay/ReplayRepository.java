package uk.gov.education.placements.providerview.projection.replay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ReplayRepository {

    private final JdbcTemplate jdbc;

    ReplayRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertRunning(UUID id, Instant requestedAt) {
        jdbc.update("INSERT INTO replay (id, state, requested_at) VALUES (?, ?, ?)",
                id, ReplayState.RUNNING.code(), Timestamp.from(requestedAt));
    }

    /** Replays left running by an instance that stopped: nobody holds the replay lock, so none runs. */
    boolean anyRunning() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM replay WHERE state = ?)", Boolean.class, ReplayState.RUNNING.code()));
    }

    void failAbandoned(Instant now) {
        jdbc.update("UPDATE replay SET state = ?, finished_at = ?, failure = ? WHERE state = ?",
                ReplayState.FAILED.code(), Timestamp.from(now),
                "Interrupted: the instance running it stopped before the swap", ReplayState.RUNNING.code());
    }

    void started(UUID id, Instant startedAt) {
        jdbc.update("UPDATE replay SET started_at = ? WHERE id = ?", Timestamp.from(startedAt), id);
    }

    void progressed(UUID id, long eventsApplied, long position) {
        jdbc.update("UPDATE replay SET events_applied = ?, position = ? WHERE id = ?", eventsApplied, position, id);
    }

    void completed(UUID id, long eventsApplied, long position, Instant finishedAt) {
        jdbc.update("UPDATE replay SET state = ?, events_applied = ?, position = ?, finished_at = ? WHERE id = ?",
                ReplayState.COMPLETED.code(), eventsApplied, position, Timestamp.from(finishedAt), id);
    }

    void failed(UUID id, String failure, Instant finishedAt) {
        jdbc.update("UPDATE replay SET state = ?, failure = ?, finished_at = ? WHERE id = ?",
                ReplayState.FAILED.code(), failure, Timestamp.from(finishedAt), id);
    }

    Optional<Replay> find(UUID id) {
        return jdbc.query("SELECT * FROM replay WHERE id = ?", ReplayRepository::replay, id).stream().findFirst();
    }

    private static Replay replay(ResultSet rs, int row) throws SQLException {
        return new Replay(
                rs.getObject("id", UUID.class),
                ReplayState.byCode(rs.getString("state")),
                instant(rs.getTimestamp("requested_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getLong("events_applied"),
                rs.getLong("position"),
                0,
                rs.getString("failure"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
