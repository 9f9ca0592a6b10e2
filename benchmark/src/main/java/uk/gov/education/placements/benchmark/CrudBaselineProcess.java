package uk.gov.education.placements.benchmark;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import uk.gov.education.placements.benchmark.crud.CrudBaseline;
import uk.gov.education.placements.localstack.LocalStack;
import uk.gov.education.placements.localstack.Service;

/**
 * The CRUD baseline ({@link CrudBaseline}) running beside the stack: its own JVM, started as the
 * stack starts a service (LocalStack.launch: the same heap, collector and JVM arguments), with a
 * database of its own on the stack's PostgreSQL and the identity provider school-service trusts.
 * It is the same jar as the benchmark's, started with Spring Boot's PropertiesLauncher on the
 * baseline's main class.
 */
final class CrudBaselineProcess implements AutoCloseable {

    static final String COMPONENT = "crud baseline";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final Stack stack;
    private final Process process;
    final URI url;

    private CrudBaselineProcess(Stack stack, Process process, URI url) {
        this.stack = stack;
        this.process = process;
        this.url = url;
    }

    static CrudBaselineProcess start(Context context) throws Exception {
        Stack stack = context.stack;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String database = stack.local.database("crud_baseline");
        Map<String, String> environment = LocalStack.backingServices(Service.SCHOOL, database, "postgres", "postgres",
                stack.local.kafkaBootstrapServers(), stack.local.identity());
        Path jar = stack.settings.projectRoot().resolve(Stack.BENCHMARK_JAR);
        Process process = LocalStack.launch(stack.settings, COMPONENT, List.of("-Dloader.main=" + CrudBaseline.class.getName(),
                "-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"), port, environment,
                stack.data.resolve("logs").resolve("crud-baseline.log"));
        CrudBaselineProcess baseline = new CrudBaselineProcess(stack, process, URI.create("http://localhost:" + port));
        try {
            baseline.awaitReady(context);
        } catch (RuntimeException e) {
            baseline.close();
            throw e;
        }
        stack.watch(COMPONENT, process.pid());
        return baseline;
    }

    /** Ready when it answers the support user's read of a school it does not have: 404, after its checks. */
    private void awaitReady(Context context) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        long started = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The CRUD baseline exited with " + process.exitValue() + " (log: "
                        + stack.data.resolve("logs").resolve("crud-baseline.log") + ")");
            }
            try {
                if (context.http("GET", url, CrudBaseline.READY_PATH, null).status() == 404) {
                    Benchmark.log("  crud baseline ready on %s (%.1f s)", url, (System.nanoTime() - started) / 1e9);
                    return;
                }
            } catch (IllegalStateException notYet) {
                // Not listening yet.
            }
            Context.sleep(250);
        }
        throw new IllegalStateException("The CRUD baseline was not ready after " + READY_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        stack.unwatch(COMPONENT);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
