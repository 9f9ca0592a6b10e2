package uk.gov.education.placements.infrastructure;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at the JVM's real PostgreSQL and Kafka, with a fresh database of
 * its own so that test classes never see each other's rows, and makes it trust the tokens of
 * {@link RealInfrastructure#tokens()}. Use it as
 * {@code @ContextConfiguration(initializers = RealInfrastructureInitializer.class)} or through
 * {@link WithRealInfrastructure}.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresServer postgres = RealInfrastructure.postgres();
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        postgres.ensureDatabase(database);
        TestPropertyValues.of(
                "spring.datasource.url=" + postgres.jdbcUrl(database),
                "spring.datasource.username=" + postgres.username(),
                "spring.datasource.password=" + postgres.password(),
                "spring.kafka.bootstrap-servers=" + RealInfrastructure.kafka().bootstrapServers(),
                "placements.security.issuer=" + TokenIssuer.ISSUER,
                "spring.security.oauth2.resourceserver.jwt.audiences=" + TokenIssuer.AUDIENCE,
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + RealInfrastructure.tokensPublicKey())
                .applyTo(context);
    }
}
