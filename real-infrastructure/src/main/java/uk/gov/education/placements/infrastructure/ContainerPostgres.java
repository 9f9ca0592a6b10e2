package uk.gov.education.placements.infrastructure;

import org.testcontainers.containers.PostgreSQLContainer;

/** PostgreSQL in a container, for machines with a Docker engine. Same major as docker-compose. */
final class ContainerPostgres implements PostgresServer {

    private final PostgreSQLContainer<?> container;

    ContainerPostgres() {
        container = new PostgreSQLContainer<>("postgres:17-alpine")
                .withUsername("postgres")
                .withPassword("postgres")
                .withCommand("postgres", "-c", "max_connections=200");
        container.start();
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.stop();
    }
}
