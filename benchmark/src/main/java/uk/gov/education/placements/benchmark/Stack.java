package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import uk.gov.education.placements.localstack.LocalStack;
import uk.gov.education.placements.localstack.Service;
import uk.gov.education.placements.localstack.Settings;

/**
 * The local stack under test, on free ports and a fresh data folder, and the processes it is made
 * of (for CPU and memory accounting).
 */
final class Stack implements AutoCloseable {

    static final String POSTGRES_GROUP = "postgresql";
    static final String HARNESS_GROUP = "benchmark JVM (Kafka broker + load generator)";

    private final LocalStack stack;
    private final Path dataDirectory;
    private final long postmasterPid;
    private final String supportToken;

    private Stack(LocalStack stack, Path dataDirectory, long postmasterPid, String supportToken) {
        this.stack = stack;
        this.dataDirectory = dataDirectory;
        this.postmasterPid = postmasterPid;
        this.supportToken = supportToken;
    }

    static Stack start(Path projectRoot, Path dataDirectory, List<String> extraJvmArguments) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        Settings settings = new Settings(projectRoot, dataDirectory, Settings.VERSION, freePort(), 0, ports,
                extraJvmArguments, Map.of());
        LocalStack stack = LocalStack.start(settings);
        try {
            // Every request acts as a support user, who may do everything the scenarios need
            // (onboard, change contacts, read the provider view, replay).
            return new Stack(stack, dataDirectory, postmasterPid(dataDirectory.resolve("postgres")),
                    stack.tokens().support("benchmark-support-user"));
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    URI url(Service service) {
        return stack.url(service);
    }

    String kafkaBootstrapServers() {
        return stack.kafkaBootstrapServers();
    }

    Duration startUpTime() {
        return stack.startUpTime();
    }

    Path logOf(Service service) {
        return stack.logOf(service);
    }

    /** A bearer token of a support user, valid for an hour. */
    String supportToken() {
        return supportToken;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    long pid(Service service) {
        return stack.processIds().get(service);
    }

    /** A new connection to a service's database, with multi-row rewriting of JDBC batches. */
    Connection connect(Service service) {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "postgres");
        properties.setProperty("reWriteBatchedInserts", "true");
        try {
            return DriverManager.getConnection(stack.jdbcUrl(service), properties);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + service.database(), e);
        }
    }

    /** The stack's processes by component: each service's JVM, PostgreSQL's server processes, and this JVM. */
    Map<String, List<Long>> processGroups() {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            groups.put(service.module(), List.of(pid(service)));
        }
        List<Long> postgres = new ArrayList<>();
        postgres.add(postmasterPid);
        ProcessHandle.of(postmasterPid).ifPresent(p -> p.descendants().forEach(d -> postgres.add(d.pid())));
        groups.put(POSTGRES_GROUP, postgres);
        groups.put(HARNESS_GROUP, List.of(ProcessHandle.current().pid()));
        return groups;
    }

    long postmasterPid() {
        return postmasterPid;
    }

    private static long postmasterPid(Path postgresData) {
        try {
            return Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find PostgreSQL's process id in " + postgresData, e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stack.close();
    }
}
