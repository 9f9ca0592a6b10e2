package uk.gov.education.placements.support.consumer;

import java.util.Collection;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Per-aggregate locks held until the end of the current transaction (PostgreSQL advisory locks).
 * One partition has one consumer, but in a rebalance a consumer that has just lost a partition may
 * still be applying its last batch while the new owner starts on the same records: the lock makes
 * the two apply an aggregate's events one after the other, so neither writes over the other's
 * newer state. Taken in a fixed order, so two batches never wait for each other in a cycle.
 */
public final class AggregateLocks {

    private AggregateLocks() {
    }

    public static void lock(JdbcOperations jdbc, Collection<String> aggregateKeys) {
        if (aggregateKeys.isEmpty()) {
            return;
        }
        String[] keys = aggregateKeys.stream().distinct().sorted().toArray(String[]::new);
        // A volatile function in the select list runs after the ORDER BY, so the locks follow it.
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(k, 0))"
                    + " FROM unnest(?::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n");
            statement.setArray(1, connection.createArrayOf("text", keys));
            return statement;
        }, rs -> {
        });
    }
}
