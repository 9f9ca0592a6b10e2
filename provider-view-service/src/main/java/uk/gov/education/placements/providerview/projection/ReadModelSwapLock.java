package uk.gov.education.placements.providerview.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A PostgreSQL advisory lock, held until the end of the current transaction, that keeps a
 * replay's swap apart from the live consumer. Every live transaction holds it shared from its
 * first statement; a replay holds it exclusively to read a tail of the history that no
 * transaction still in flight can add to, and while it swaps the tables. Being in the database,
 * it also works with several instances of this service.
 */
@Component
public class ReadModelSwapLock {

    /** An arbitrary key, the same in every instance of this service. */
    private static final long KEY = 0x7076_5f73_7761_7000L;

    private final JdbcTemplate jdbc;

    public ReadModelSwapLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void holdShared() {
        jdbc.queryForList("SELECT pg_advisory_xact_lock_shared(?)", KEY);
    }

    public void holdExclusive() {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", KEY);
    }
}
