package uk.gov.education.placements.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import uk.gov.education.placements.infrastructure.EmbeddedKafka;
import uk.gov.education.placements.infrastructure.EmbeddedPostgres;
import uk.gov.education.placements.infrastructure.TokenIssuer;
import uk.gov.education.placements.events.Topics;

/**
 * The whole system on one machine with nothing but Java: a real PostgreSQL (zonky binaries, data
 * kept under the data folder so the event stores survive a restart), a real Kafka broker (KRaft,
 * in this JVM), and each service as its own JVM from its own Boot jar, configured exactly as
 * docker-compose configures it: by environment variables.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Settings settings;
    private final DemoIdentity identity;
    private EmbeddedPostgres postgres;
    private EmbeddedKafka kafka;
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);
    private final Duration startUp;
    private final Thread stopOnExit = new Thread(this::close, "local-stack-stop");
    private boolean closed;

    private LocalStack(Settings settings) {
        long started = System.nanoTime();
        this.settings = settings;
        // Registered before anything starts: a stack stopped (Ctrl-C, SIGTERM) while it is still
        // starting must not leave PostgreSQL or service processes behind.
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            Files.createDirectories(settings.dataDirectory().resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        identity = DemoIdentity.in(settings.dataDirectory());
        try {
            EmbeddedPostgres startedPostgres =
                    EmbeddedPostgres.start(settings.dataDirectory().resolve("postgres"), settings.postgresPort(), true);
            keep(() -> postgres = startedPostgres, startedPostgres);
            for (Service service : Service.values()) {
                if (service.hasDatabase()) {
                    postgres.ensureDatabase(service.database());
                }
            }
            EmbeddedKafka startedKafka = EmbeddedKafka.start(3, Topics.SCHOOL_EVENTS, Topics.PLACEMENT_EVENTS);
            keep(() -> kafka = startedKafka, startedKafka);
            for (Service service : Service.values()) {
                Process process = launch(service);
                keep(() -> processes.put(service, process), process::destroy);
            }
            awaitReadiness();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        startUp = Duration.ofNanos(System.nanoTime() - started);
    }

    /** Keeps what was just started, unless the stack was closed meanwhile: then it stops it at once. */
    private synchronized void keep(Runnable store, AutoCloseable started) {
        if (closed) {
            try {
                started.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            throw new IllegalStateException("The local stack was stopped while it was starting");
        }
        store.run();
    }

    public static LocalStack start(Settings settings) {
        return new LocalStack(settings);
    }

    public URI url(Service service) {
        return URI.create("http://localhost:" + settings.port(service));
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(Service service) {
        return postgres.jdbcUrl(service.database());
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
        processes.forEach((service, process) -> ids.put(service, process.pid()));
        return ids;
    }

    private Process launch(Service service) {
        Path jar = settings.projectRoot().resolve(service.module()).resolve("target")
                .resolve(service.module() + "-" + settings.version() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar for " + service.module() + " at " + jar
                    + ": build the services first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-Daxoniq.update-checker.disabled=true"));
        command.addAll(settings.extraJvmArguments());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(settings.dataDirectory().resolve("logs").resolve(service.module() + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SERVER_PORT", String.valueOf(settings.port(service)));
        if (service.hasDatabase()) {
            environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(service.database()));
            environment.put("SPRING_DATASOURCE_USERNAME", postgres.username());
            environment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
            environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            environment.put("PLACEMENTS_SECURITY_ISSUER", TokenIssuer.ISSUER);
            environment.put("PLACEMENTS_SECURITY_AUDIENCE", TokenIssuer.AUDIENCE);
            environment.put("PLACEMENTS_SECURITY_PUBLIC_KEY_LOCATION", "file:" + identity.publicKey());
        }
        if (service == Service.WEB_GATEWAY) {
            environment.putAll(webGatewayEnvironment());
        }
        environment.putAll(settings.extraEnvironment());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.module(), e);
        }
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

    private void awaitReadiness() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        for (Service service : Service.values()) {
            URI readiness = url(service).resolve("/actuator/health/readiness");
            while (!isReady(http, readiness)) {
                Process process = processes.get(service);
                if (!process.isAlive()) {
                    throw new IllegalStateException(service.module() + " exited with " + process.exitValue()
                            + "; see " + logOf(service));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service.module() + " not ready after " + READY_TIMEOUT
                            + "; see " + logOf(service));
                }
                try {
                    // Polling a child process's readiness endpoint: there is nothing to wait on instead.
                    process.waitFor(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while starting " + service.module(), e);
                }
            }
        }
    }

    private static boolean isReady(HttpClient http, URI readiness) {
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

    /**
     * Stops the services first (they flush their outboxes and commit offsets), then Kafka, then
     * PostgreSQL. Runs once, whether called or run by the JVM's exit.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != stopOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException alreadyExiting) {
                // the JVM is exiting and runs the hook, which finds this stack closed
            }
        }
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes.clear();
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromSystemProperties();
        if (List.of(args).contains("--identity-only")) {
            DemoIdentity identity = DemoIdentity.in(settings.dataDirectory());
            System.out.println("Public key: " + identity.publicKey());
            identity.printTokens(System.out);
            return;
        }
        System.out.println("Starting PostgreSQL, Kafka, the three services and the web gateway (data in " + settings.dataDirectory() + ") ...");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("Stopping the local stack ...")));
        LocalStack stack = start(settings);
        System.out.printf("Local stack ready in %.1f s:%n", stack.startUpTime().toMillis() / 1000.0);
        for (Service service : Service.values()) {
            System.out.printf("  %-22s %s   (log: %s)%n", service.module(), stack.url(service), stack.logOf(service));
        }
        System.out.printf("  %-22s localhost:%d (user postgres, password postgres)%n", "postgresql", settings.postgresPort());
        System.out.printf("  %-22s %s%n", "kafka", stack.kafkaBootstrapServers());
        stack.identity().printTokens(System.out);
        System.out.println("Press Ctrl-C to stop everything.");
    }
}
