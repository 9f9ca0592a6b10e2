package uk.gov.education.placements.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.infrastructure.EmbeddedPostgres;
import uk.gov.education.placements.infrastructure.TokenIssuer;

/**
 * The whole system on one machine with nothing but Java: a real PostgreSQL (zonky binaries) and a
 * real Kafka broker (KRaft, its own JVM), both keeping their data under the data folder, and each
 * service as its own JVM from its own Boot jar, configured exactly as docker-compose configures
 * it: by environment variables, listening on 127.0.0.1 only. The broker and the services are
 * supervised: one that exits unexpectedly is reported and started again.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    static final String KAFKA = "kafka";
    private static final List<Service> STOP_ORDER =
            List.of(Service.WEB_GATEWAY, Service.SCHOOL, Service.PLACEMENT, Service.PROVIDER_VIEW);

    private final Settings settings;
    private final PrintStream out;
    private final DemoIdentity identity;
    private final ProcessRecord record;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "local-stack-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private EmbeddedPostgres postgres;
    private KafkaServerProcess kafkaServer;
    private Supervised kafka;
    private final Map<Service, Supervised> services = new EnumMap<>(Service.class);
    private final Duration startUp;
    private final Thread stopOnExit = new Thread(this::close, "local-stack-stop");
    private boolean closed;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

    private LocalStack(Settings settings, PrintStream out) {
        long started = System.nanoTime();
        this.settings = settings;
        this.out = out;
        this.kafkaPort = settings.kafkaPort() > 0 ? settings.kafkaPort() : freePort();
        this.kafkaControllerPort = settings.kafkaPort() > 0 ? settings.kafkaPort() + 1 : freePort();
        this.record = ProcessRecord.lock(settings.dataDirectory());
        // Registered before anything starts: a stack stopped (Ctrl-C, SIGTERM) while it is still
        // starting must not leave PostgreSQL, the broker or service processes behind.
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            record.stopLeftovers(out);
            Files.createDirectories(settings.dataDirectory().resolve("logs"));
            identity = DemoIdentity.in(settings.dataDirectory());
            startPostgres();
            startKafka();
            for (Service service : Service.values()) {
                Supervised supervised = supervise(service);
                keep(() -> services.put(service, supervised));
                supervised.start();
            }
            for (Service service : Service.values()) {
                long waiting = System.nanoTime();
                services.get(service).awaitReady(READY_TIMEOUT);
                out.printf("  %-22s ready on %s (%.1f s)%n", service.module(), url(service),
                        (System.nanoTime() - waiting) / 1e9);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        startUp = Duration.ofNanos(System.nanoTime() - started);
    }

    public static LocalStack start(Settings settings) {
        return new LocalStack(settings, System.out);
    }

    private void startPostgres() {
        long began = System.nanoTime();
        EmbeddedPostgres started = EmbeddedPostgres.start(settings.dataDirectory().resolve("postgres"),
                settings.postgresPort(), true);
        keep(() -> postgres = started);
        postgres.postmaster().ifPresent(postmaster -> record.remember("postgresql", postmaster));
        for (Service service : Service.values()) {
            if (service.hasDatabase()) {
                postgres.ensureDatabase(service.database());
            }
        }
        out.printf("  %-22s ready on localhost:%d (%.1f s)%n", "postgresql", postgres.port(),
                (System.nanoTime() - began) / 1e9);
    }

    private void startKafka() {
        long began = System.nanoTime();
        kafkaServer = new KafkaServerProcess(settings.dataDirectory(), kafkaPort, kafkaControllerPort);
        Path log = settings.dataDirectory().resolve("logs").resolve("kafka.log");
        Supervised broker = new Supervised(KAFKA, () -> kafkaServer.launch(log), kafkaServer::isReady, log, out,
                scheduler, record);
        keep(() -> kafka = broker);
        broker.start();
        broker.awaitReady(KafkaServerProcess.readyTimeout());
        kafkaServer.createTopics(3, List.of(Topics.SCHOOL_EVENTS, Topics.PLACEMENT_EVENTS));
        out.printf("  %-22s ready on %s (%.1f s)%n", KAFKA, kafkaServer.bootstrapServers(),
                (System.nanoTime() - began) / 1e9);
    }

    /** Keeps what was just started, unless the stack was closed meanwhile. */
    private synchronized void keep(Runnable store) {
        if (closed) {
            throw new IllegalStateException("The local stack was stopped while it was starting");
        }
        store.run();
    }

    public URI url(Service service) {
        return URI.create("http://localhost:" + settings.port(service));
    }

    public String kafkaBootstrapServers() {
        return kafkaServer.bootstrapServers();
    }

    public String jdbcUrl(Service service) {
        return postgres.jdbcUrl(service.database());
    }

    /** A database of its own on the stack's PostgreSQL, created if it is not there (the benchmark's CRUD baseline's). */
    public String database(String name) {
        postgres.ensureDatabase(name);
        return postgres.jdbcUrl(name);
    }

    /** Signs tokens the services accept: the demo users' files are written by {@link DemoIdentity}. */
    public TokenIssuer tokens() {
        return identity.tokens();
    }

    public DemoIdentity identity() {
        return identity;
    }

    public Duration startUpTime() {
        return startUp;
    }

    public Map<Service, Long> processIds() {
        Map<Service, Long> ids = new EnumMap<>(Service.class);
        services.forEach((service, supervised) -> {
            Process process = supervised.process();
            if (process != null) {
                ids.put(service, process.pid());
            }
        });
        return ids;
    }

    /** How often the stack has started the service again after it exited unexpectedly. */
    public int restarts(Service service) {
        return services.get(service).restarts();
    }

    public boolean isReady(Service service) {
        return services.get(service).isReady();
    }

    /** Stops the service on purpose (SIGTERM, it finishes its work) and keeps it stopped. */
    public void stop(Service service) {
        services.get(service).stop(STOP_GRACE);
    }

    /** Starts a service stopped by {@link #stop(Service)} again, and waits until it is ready. */
    public void start(Service service) {
        services.get(service).start();
        services.get(service).awaitReady(READY_TIMEOUT);
    }

    /** Kills the service as a crash would (SIGKILL): the stack notices and starts it again. */
    public void crash(Service service) {
        services.get(service).process().destroyForcibly();
    }

    /** Waits until the service answers ready (after a restart, say). */
    public void awaitReady(Service service) {
        services.get(service).awaitReady(READY_TIMEOUT);
    }

    /** Stops the broker on purpose (SIGTERM) and keeps it stopped: the services see Kafka go away. */
    public void stopKafka() {
        kafka.stop(STOP_GRACE);
    }

    /** Starts the broker stopped by {@link #stopKafka()} again, on the same port and log. */
    public void startKafka(Duration timeout) {
        kafka.start();
        kafka.awaitReady(timeout);
    }

    private Supervised supervise(Service service) {
        Path log = logOf(service);
        URI readiness = url(service).resolve("/actuator/health/readiness");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        return new Supervised(service.module(), () -> launch(service, log), () -> isReady(http, readiness), log, out,
                scheduler, record);
    }

    private Process launch(Service service, Path log) {
        Map<String, String> environment = new HashMap<>();
        if (service.hasDatabase()) {
            environment.putAll(backingServices(service, postgres.jdbcUrl(service.database()), postgres.username(),
                    postgres.password(), kafkaServer.bootstrapServers(), identity));
        }
        if (service == Service.WEB_GATEWAY) {
            environment.putAll(webGatewayEnvironment());
        }
        environment.putAll(settings.extraEnvironment());
        return launch(settings, service, settings.port(service), environment, log);
    }

    /**
     * Starts one instance of a service from its own jar, in its own JVM, listening on 127.0.0.1
     * at {@code port} and configured only by environment variables, as docker-compose configures
     * it. The fault suite starts two instances of each service this way.
     */
    public static Process launch(Settings settings, Service service, int port, Map<String, String> environment,
                                 Path log) {
        Path jar = settings.projectRoot().resolve(service.module()).resolve("target")
                .resolve(service.module() + "-" + settings.version() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar for " + service.module() + " at " + jar
                    + ": build the services first (./mvnw -DskipTests package)");
        }
        return launch(settings, service.module(), List.of("-jar", jar.toString()), port, environment, log);
    }

    /**
     * Starts a JVM as a service's is started: the same heap, collector and JVM arguments, then
     * {@code program} (what follows them: {@code -jar <jar>}, or a class path and a main class),
     * on 127.0.0.1 at {@code port}, configured by environment variables. The benchmark starts its
     * CRUD baseline this way, so that the two are measured in the same kind of JVM.
     */
    public static Process launch(Settings settings, String name, List<String> program, int port,
                                 Map<String, String> environment, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-Daxoniq.update-checker.disabled=true"));
        command.addAll(settings.extraJvmArguments());
        command.addAll(program);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        // A demo stack must not be reachable from the network.
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /**
     * What docker-compose gives each service that has a database: the database, the broker, the
     * identity provider, and provider-view the analysts' pseudonym key (the data folder's own).
     */
    public static Map<String, String> backingServices(Service service, String jdbcUrl, String username, String password,
                                                      String kafkaBootstrapServers, DemoIdentity identity) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", username,
                "SPRING_DATASOURCE_PASSWORD", password,
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers,
                "PLACEMENTS_SECURITY_ISSUER", TokenIssuer.ISSUER,
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", TokenIssuer.AUDIENCE,
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION", "file:" + identity.publicKey()));
        if (service == Service.PROVIDER_VIEW) {
            environment.put("PLACEMENTS_HISTORY_PSEUDONYM_KEY", identity.pseudonymKey());
        }
        return environment;
    }

    /**
     * The web gateway has no database and no broker: it calls the three services over HTTP, and
     * signs its demo users' tokens with the demo identity's key (the sign-in stand-in).
     */
    private Map<String, String> webGatewayEnvironment() {
        return Map.of(
                "PLACEMENTS_GATEWAY_SCHOOL_SERVICE_URL", url(Service.SCHOOL).toString(),
                "PLACEMENTS_GATEWAY_PLACEMENT_SERVICE_URL", url(Service.PLACEMENT).toString(),
                "PLACEMENTS_GATEWAY_PROVIDER_VIEW_SERVICE_URL", url(Service.PROVIDER_VIEW).toString(),
                "PLACEMENTS_GATEWAY_DEMO_SIGNING_KEY", "file:" + identity.signingKey());
    }

    /** Whether a service's readiness probe answers 200: how the stack and the fault suite know an instance is up. */
    public static boolean isReady(HttpClient http, URI readiness) {
        try {
            HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Path logOf(Service service) {
        return settings.dataDirectory().resolve("logs").resolve(service.module() + ".log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops everything, upstream first: the gateway (no new commands), then each service in the
     * order events flow (it finishes its batch, commits its offsets and its outbox's send), then
     * Kafka, then PostgreSQL. Runs once, whether called or run by the JVM's exit.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (Thread.currentThread() != stopOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException alreadyExiting) {
                // the JVM is exiting and runs the hook, which finds this stack closed
            }
        }
        // Nothing is started again from here on, even what exits before its turn (a Ctrl-C reaches them all).
        services.values().forEach(Supervised::stopSupervising);
        if (kafka != null) {
            kafka.stopSupervising();
        }
        for (Service service : STOP_ORDER) {
            Supervised supervised = services.get(service);
            if (supervised != null) {
                supervised.stop(STOP_GRACE);
            }
        }
        if (kafka != null) {
            kafka.stop(STOP_GRACE);
        }
        if (postgres != null) {
            postgres.close();
            record.forget("postgresql");
        }
        scheduler.shutdownNow();
        record.close();
        stopped.countDown();
    }

    /** Blocks until the stack is stopped (Ctrl-C, SIGTERM): nothing else keeps the JVM alive. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public static void main(String[] args) throws InterruptedException {
        Settings settings = Settings.fromSystemProperties();
        if (List.of(args).contains("--identity-only")) {
            DemoIdentity identity = DemoIdentity.in(settings.dataDirectory());
            System.out.println("Public key: " + identity.publicKey());
            identity.printTokens(System.out);
            return;
        }
        System.out.println("Starting PostgreSQL, Kafka, the three services and the web gateway (data in "
                + settings.dataDirectory() + ") ...");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("Stopping the local stack ...")));
        LocalStack stack = start(settings);
        System.out.printf("Local stack ready in %.1f s:%n", stack.startUpTime().toMillis() / 1000.0);
        for (Service service : Service.values()) {
            System.out.printf("  %-22s %s   (log: %s)%n", service.module(), stack.url(service), stack.logOf(service));
        }
        System.out.printf("  %-22s localhost:%d (user postgres, password postgres)%n", "postgresql", stack.postgres.port());
        System.out.printf("  %-22s %s   (log: %s)%n", KAFKA, stack.kafkaBootstrapServers(), stack.kafka.log());
        stack.identity().printTokens(System.out);
        System.out.println("Services that exit unexpectedly are reported here and started again.");
        System.out.println("Press Ctrl-C to stop everything.");
        stack.awaitStop();
    }
}
