package uk.gov.education.placements.benchmark;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import uk.gov.education.placements.infrastructure.PostgresServer;
import uk.gov.education.placements.infrastructure.RealInfrastructure;

/** A fresh database on the tests' real PostgreSQL, with a service's own Flyway scripts applied. */
final class Databases {

    static final String PROVIDER_VIEW = "classpath:db/migration";
    static final String AXON = "classpath:db/axon";

    private Databases() {
    }

    static SingleConnectionDataSource migrated(String locations) {
        PostgresServer postgres = RealInfrastructure.postgres();
        String database = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        postgres.ensureDatabase(database);
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(postgres.jdbcUrl(database) + "?reWriteBatchedInserts=true",
                postgres.username(), postgres.password(), true);
        Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
        return dataSource;
    }
}
