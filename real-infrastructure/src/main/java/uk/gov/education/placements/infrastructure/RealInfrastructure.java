package uk.gov.education.placements.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;

/**
 * One PostgreSQL server and one Kafka broker per JVM, shared by every test in it and stopped
 * when the JVM exits. Containers where a Docker engine answers, embedded servers otherwise; the
 * system property {@code infrastructure=embedded|containers} overrides the choice. Either way
 * they are real servers: the same test code runs against both.
 */
public final class RealInfrastructure {

    public static final int PARTITIONS = 3;

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static TokenIssuer tokens;
    private static Path publicKey;

    private RealInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = useContainers() ? new ContainerPostgres() : EmbeddedPostgres.start(null, 0);
            closeOnExit(postgres);
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = useContainers() ? new ContainerKafka(PARTITIONS) : EmbeddedKafka.start(PARTITIONS);
            closeOnExit(kafka);
        }
        return kafka;
    }

    /** The identity provider of this JVM's tests: services trust its public key, tests sign with it. */
    public static synchronized TokenIssuer tokens() {
        if (tokens == null) {
            tokens = TokenIssuer.generate();
            try {
                Path folder = Files.createTempDirectory("test-identity");
                publicKey = tokens.writePublicKeyPem(folder.resolve("public.pem"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokens;
    }

    public static synchronized Path tokensPublicKey() {
        tokens();
        return publicKey;
    }

    static boolean useContainers() {
        String choice = System.getProperty("infrastructure", "auto");
        return switch (choice) {
            case "embedded" -> false;
            case "containers" -> true;
            default -> dockerAnswers();
        };
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void closeOnExit(AutoCloseable server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // the JVM is going away; nothing left to protect
            }
        }));
    }
}
