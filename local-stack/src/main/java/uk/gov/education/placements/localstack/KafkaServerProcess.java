package uk.gov.education.placements.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Kafka broker (KRaft, one node as broker and controller) as its own JVM, its log under
 * the stack's data folder: topics and consumer offsets survive a stop, a crash and a reboot, and a
 * test can stop and start the broker alone. It runs {@code kafka.Kafka} from this module's own
 * classpath (written at build time to {@code kafka-broker.classpath}).
 *
 * <p>With one broker there is no replica for {@code acks=all} to wait for, so the broker writes
 * every append to disk before it acknowledges it ({@code log.flush.interval.messages=1}): an
 * event the outbox counts as published stays published when the machine goes down.
 */
public final class KafkaServerProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path folder;
    private final int port;
    private final int controllerPort;

    public KafkaServerProcess(Path dataDirectory, int port, int controllerPort) {
        this.folder = dataDirectory.resolve("kafka");
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Formats the log folder on first use, then starts the broker; the caller waits with {@link #isReady()}. */
    public Process launch(Path logFile) {
        try {
            Files.createDirectories(folder);
            Path properties = writeProperties();
            if (!Files.exists(folder.resolve("log").resolve("meta.properties"))) {
                format(properties, logFile);
            }
            return new ProcessBuilder(java("kafka.Kafka", properties.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Kafka broker", e);
        }
    }

    public boolean isReady() {
        // A plain connect first: an admin client against a closed port logs a warning per attempt.
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1_000);
        } catch (IOException e) {
            return false;
        }
        try (Admin admin = admin()) {
            return admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).size() == 1;
        } catch (Exception e) {
            return false;
        }
    }

    /** Creates the contract topics up front (kept for good), so consumers get their partitions at once. */
    public void createTopics(int partitions, List<String> topics) {
        try (Admin admin = admin()) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))).all().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the topics in time", e);
        }
    }

    public static Duration readyTimeout() {
        return READY_TIMEOUT;
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000));
    }

    private Path writeProperties() throws IOException {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.put("log.dirs", folder.resolve("log").toString());
        properties.put("num.partitions", "3");
        properties.put("auto.create.topics.enable", "true");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("log.flush.interval.messages", "1");
        Path file = folder.resolve("server.properties");
        try (var out = Files.newOutputStream(file)) {
            properties.store(out, "Written by the local stack at every start");
        }
        return file;
    }

    private void format(Path properties, Path logFile) throws IOException {
        Path clusterIdFile = folder.resolve("cluster-id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
        }
        Process format = new ProcessBuilder(java("kafka.tools.StorageTool", "format", "-t",
                Files.readString(clusterIdFile).trim(), "-c", properties.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka's log folder failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            format.destroyForcibly();
            throw new IllegalStateException("Interrupted while formatting Kafka's log folder", e);
        }
    }

    private static List<String> java(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath(), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String classpath() {
        try (InputStream in = KafkaServerProcess.class.getResourceAsStream("/kafka-broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("No kafka-broker.classpath: build local-stack with ./mvnw package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
