package uk.gov.education.placements.support.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/** The resolver the auto-configuration gives Axon's JDBC event store. */
class DuplicateKeyResolverTest {

    private final PersistenceExceptionResolver resolver = new AxonEventStoreAutoConfiguration().persistenceExceptionResolver();

    @Test
    void aUniqueViolationAnywhereInTheCausesIsADuplicateKey() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", unique))).isTrue();
    }

    /** The PostgreSQL driver gives a failed batch the SQLState of the entry that broke it. */
    @Test
    void aBatchAbortedByAUniqueViolationIsADuplicateKey() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0], unique);

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("foreign key", "23503"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("not SQL at all"))).isFalse();
    }
}
