package uk.gov.education.placements.support.consumer;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure says the database is away or busy rather than anything about the event: then
 * the consumer waits and retries the same records, however long it takes, and never dead-letters
 * a good event for it.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            // The rollback after a failure failed too: the connection is gone (the pool closed it
            // on the first error, so the rollback reads "Connection is closed"), and Spring keeps
            // the first error beside the rollback's, not as its cause. An event cannot make a
            // rollback fail.
            if (cause instanceof TransactionSystemException transaction && transaction.getApplicationException() != null) {
                return true;
            }
            // Commit failures are not translated by Spring: read the SQLState. Class 08 is a broken
            // connection, 57P a server shutting down, 53 out of resources, 40 a deadlock or
            // serialization failure (retrying is the cure).
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53") || state.startsWith("40")) {
                    return true;
                }
            }
        }
        return false;
    }
}
