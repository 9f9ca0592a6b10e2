package uk.gov.education.placements.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.localstack.DemoIdentity;
import uk.gov.education.placements.localstack.KafkaServerProcess;
import uk.gov.education.placements.localstack.LocalStack;
import uk.gov.education.placements.localstack.ProcessRecord;
import uk.gov.education.placements.localstack.Service;
import uk.gov.education.placements.localstack.Settings;
import uk.gov.education.placements.localstack.Supervised;

/**
 * The production topology on one machine: one PostgreSQL, one Kafka broker as its own JVM with its
 * log on disk, and two instances of each of the three services, each from its own jar and
 * configured only by environment variables (as docker-compose configures them: same database and
 * consumer group per service, a port per instance). Everything binds 127.0.0.1 on ports picked
 * free at start, keeps its data under the suite's own folder and is recorded there by pid, so the
 * faults touch only what this topology started. The broker and the services are supervised: one
 * that dies is reported and started again, as the local stack does.
 */
final class Topology implements AutoCloseable {

    static final List<Service> SERVICES = List.of(Service.SCHOOL, Service.PLACEMENT, Service.PROVIDER_VIEW);
    static final int INSTANCES = 2;
    static final int PARTITIONS = 3;
    private static final Duration READY = Duration.ofMinutes(4);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path data;
    private final Path logs;
    private final PrintStream out;
    private final ProcessRecord record;
    private final DemoIdentity identity;
    private final Settings settings;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "fault-suite-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Postgres postgres;
    private final KafkaServerProcess kafkaServer;
    private final Supervised kafka;
    private final Map<Instance, Supervised> services = new LinkedHashMap<>();
    /** Instances stopped on purpose: the load leaves them alone until they are started again. */
    private final Set<Instance> stopped = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private boolean closed;

    /** Every service gets exactly what docker-compose sets, and nothing else (RELIABILITY.md). */
    Topology(Path projectRoot, Path data, PrintStream out) {
        this.data = data;
        this.logs = data.resolve("logs");
        this.out = out;
        this.record = ProcessRecord.lock(data);
        try {
            record.stopLeftovers(out);
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Eight JVMs share two cores: C1 alone compiles far less at start-up, and the load needs no peak speed.
        this.settings = new Settings(projectRoot, data, Settings.VERSION, 0, 0, Map.of(),
                List.of("-XX:TieredStopAtLevel=1"), Map.of());
        this.identity = DemoIdentity.in(data);
        List<String> databases = SERVICES.stream().map(Service::database).toList();
        this.postgres = Postgres.create(data.resolve("postgres"), freePort(), databases, logs.resolve("postgresql.log"));
        this.kafkaServer = new KafkaServerProcess(data, freePort(), freePort());
        Path kafkaLog = logs.resolve("kafka.log");
        this.kafka = new Supervised("kafka", () -> kafkaServer.launch(kafkaLog), kafkaServer::isReady, kafkaLog, out,
                scheduler, record);
        for (Service service : SERVICES) {
            for (int number = 1; number <= INSTANCES; number++) {
                Instance instance = new Instance(service, number, freePort());
                services.put(instance, supervise(instance));
            }
        }
    }

    /** Starts PostgreSQL, the broker (creating the contract topics) and every instance, and waits until all are ready. */
    void start() {
        startPostgres();
        startBroker();
        kafkaServer.createTopics(PARTITIONS, List.of(Topics.SCHOOL_EVENTS, Topics.PLACEMENT_EVENTS));
        services.keySet().forEach(this::launch);
        services.keySet().forEach(this::awaitReady);
    }

    private Supervised supervise(Instance instance) {
        Path log = logOf(instance);
        URI readiness = instance.url("/actuator/health/readiness");
        Map<String, String> env = LocalStack.backingServices(instance.service(), postgres.jdbcUrl(instance.service().database()),
                postgres.username(), postgres.password(), kafkaServer.bootstrapServers(), identity);
        return new Supervised(instance.name(),
                () -> LocalStack.launch(settings, instance.service(), instance.port(), env, log),
                () -> LocalStack.isReady(http, readiness), log, out, scheduler, record);
    }

    List<Instance> instances() {
        return List.copyOf(services.keySet());
    }

    List<Instance> instances(Service service) {
        return services.keySet().stream().filter(instance -> instance.service() == service).toList();
    }

    /** The instances of a service that are not stopped on purpose (a killed one still counts: it comes back). */
    List<Instance> serving(Service service) {
        return instances(service).stream().filter(instance -> !stopped.contains(instance)).toList();
    }

    Instance instance(Service service, int number) {
        return instances(service).get(number - 1);
    }

    /** Sends SIGKILL (kill -9) to the instance's JVM, found by the pid this topology recorded when it started it. */
    long kill(Instance instance) {
        Process process = services.get(instance).process();
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(instance + " is not running");
        }
        long pid = process.pid();
        process.toHandle().destroyForcibly();
        return pid;
    }

    long pid(Instance instance) {
        Process process = services.get(instance).process();
        return process == null ? -1 : process.pid();
    }

    boolean isReady(Instance instance) {
        return services.get(instance).isReady();
    }

    void awaitReady(Instance instance) {
        services.get(instance).awaitReady(READY);
    }

    int restarts(Instance instance) {
        return services.get(instance).restarts();
    }

    /** Stops the instance on purpose (SIGTERM: it finishes its batch and its outbox send) and keeps it stopped. */
    void stop(Instance instance) {
        stopped.add(instance);
        services.get(instance).stop(STOP_GRACE);
    }

    void launch(Instance instance) {
        stopped.remove(instance);
        services.get(instance).start();
    }

    void startAndAwait(Instance instance) {
        launch(instance);
        awaitReady(instance);
    }

    void stopBroker() {
        kafka.stop(STOP_GRACE);
    }

    void startBroker() {
        kafka.start();
        kafka.awaitReady(KafkaServerProcess.readyTimeout());
    }

    void stopPostgres(String mode) {
        postgres.stop(mode);
        record.forget("postgresql");
    }

    void startPostgres() {
        postgres.start();
        postgres.postmaster().ifPresent(postmaster -> record.remember("postgresql", postmaster));
    }

    void startPostgresIfStopped() {
        if (!postgres.isRunning()) {
            startPostgres();
        }
    }

    void startBrokerIfStopped() {
        if (!kafka.isRunning()) {
            startBroker();
        }
    }

    /** Stops everything, upstream first (as the local stack does): the services, then the broker, then PostgreSQL. */
    void stopAll() {
        for (Service service : SERVICES) {
            instances(service).forEach(this::stop);
        }
        stopBroker();
        stopPostgres("fast");
    }

    /** Starts everything that {@link #stopAll()} stopped, without waiting for the services to be ready. */
    void launchAll() {
        startPostgres();
        startBroker();
        services.keySet().forEach(this::launch);
    }

    String bootstrapServers() {
        return kafkaServer.bootstrapServers();
    }

    DemoIdentity identity() {
        return identity;
    }

    Path logOf(Instance instance) {
        return logs.resolve(instance.name() + ".log");
    }

    Path logs() {
        return logs;
    }

    Connection connect(Service service) {
        try {
            Connection connection = DriverManager.getConnection(postgres.jdbcUrl(service.database()),
                    postgres.username(), postgres.password());
            connection.setReadOnly(true);
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + service.database(), e);
        }
    }

    /** Which processes run now, for the report: instance, pid. */
    Map<String, Long> processIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        postgres.postmaster().ifPresent(postmaster -> ids.put("postgresql", postmaster.pid()));
        if (kafka.process() != null) {
            ids.put("kafka", kafka.process().pid());
        }
        services.forEach((instance, supervised) -> ids.put(instance.name(), pid(instance)));
        return ids;
    }

    List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("  %-24s 127.0.0.1:%d (data %s)", "postgresql", postgres.port(), data.resolve("postgres")));
        lines.add(String.format("  %-24s %s (log %s)", "kafka", kafkaServer.bootstrapServers(), data.resolve("kafka")));
        services.keySet().forEach(instance -> lines.add(String.format("  %-24s http://127.0.0.1:%d (log %s)",
                instance.name(), instance.port(), logOf(instance))));
        return lines;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops everything: the services at once (their data is thrown away after a run), then the broker, then PostgreSQL. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Nothing is started again from here on, even what exits before its turn (a Ctrl-C reaches them all).
        services.values().forEach(Supervised::stopSupervising);
        kafka.stopSupervising();
        List<Thread> stopping = new ArrayList<>();
        services.forEach((instance, supervised) -> {
            Thread thread = new Thread(() -> supervised.stop(STOP_GRACE), "stop-" + instance.name());
            thread.start();
            stopping.add(thread);
        });
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            kafka.stop(STOP_GRACE);
        } catch (RuntimeException e) {
            out.println("Could not stop kafka: " + e.getMessage());
        }
        try {
            postgres.close();
            record.forget("postgresql");
        } catch (RuntimeException e) {
            out.println("Could not stop postgresql: " + e.getMessage());
        }
        scheduler.shutdownNow();
        record.close();
    }
}
