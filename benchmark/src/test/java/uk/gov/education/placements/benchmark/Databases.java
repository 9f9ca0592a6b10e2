package uk.gov.education.placements.benchmark;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import uk.gov.education.placements.infrastructure.PostgresServer;
import uk.gov.education.placements.infrastructure.RealInfrastructure;
import uk.gov.education.placements.providerview.projection.ReadModelProjection;

/** A fresh database on the tests' real PostgreSQL, with a service's own Flyway scripts applied. */
final class Databases {

    /**
     * provider-view's scripts: {@code db/migration} of the jar (or classes folder) that holds its
     * classes only, for school-service's jar (which the CRUD baseline brings) has a
     * {@code db/migration} of its own on the same class path, with its own V2.
     */
    static final Scripts PROVIDER_VIEW = new Scripts("classpath:db/migration", ReadModelProjection.class);
    static final Scripts AXON = new Scripts("classpath:db/axon", null);

    /** Where a service's scripts are, and the class whose jar holds them (null: anywhere on the class path). */
    record Scripts(String location, Class<?> of) {

        ClassLoader classLoader() {
            if (of == null) {
                return Databases.class.getClassLoader();
            }
            URL jar = of.getProtectionDomain().getCodeSource().getLocation();
            return new URLClassLoader(new URL[] {jar}, null);
        }
    }

    private Databases() {
    }

    static SingleConnectionDataSource migrated(Scripts scripts) {
        PostgresServer postgres = RealInfrastructure.postgres();
        String database = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        postgres.ensureDatabase(database);
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(postgres.jdbcUrl(database) + "?reWriteBatchedInserts=true",
                postgres.username(), postgres.password(), true);
        Flyway.configure(scripts.classLoader()).dataSource(dataSource).locations(scripts.location()).load().migrate();
        return dataSource;
    }
}
