package uk.gov.education.placements.support.eventstore;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon's JDBC event store when an append broke the unique (aggregate id, sequence number)
 * index on PostgreSQL. Axon's default resolver only recognises
 * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws: with
 * it a conflicting append would be an {@code EventStoreException} (a 500) instead of a
 * {@code ConcurrencyException} or {@code AggregateStreamCreationException}. PostgreSQL reports a
 * unique violation as SQLState 23505, possibly on the next exception of a batch.
 */
public final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Throwable cause = exception;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
