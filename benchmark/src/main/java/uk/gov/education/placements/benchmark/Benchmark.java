package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import uk.gov.education.placements.localstack.Service;

/**
 * Measures the system in one run on one machine, against real PostgreSQL and Kafka (the local
 * stack: embedded PostgreSQL and Kafka, the three services as their own JVMs), next to a naive
 * baseline and the raw infrastructure: command throughput, propagation latency, outbox and replay
 * rates, and footprint. Writes benchmark/results/latest-results.json and latest-results.md.
 *
 * <p>Run it with {@code ./run-benchmark} from the project's root (options: see {@link Options}).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long runStart = System.nanoTime();
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path data = Files.createTempDirectory("placements-benchmark-");
        Path jars = snapshotJars(options.projectRoot(), data.resolve("jars"));
        Map<String, Object> machine = Environment.machine();

        Context.log("Starting the local stack (PostgreSQL, Kafka, three services) in %s", data);
        List<ScenarioResult> results = new ArrayList<>();
        List<String> notMeasured = new ArrayList<>();
        Map<String, Object> profile = null;
        Map<String, Object> versions;
        List<Double> startUps = new ArrayList<>();
        Map<String, Object> memory;
        boolean failed = false;
        // Deep stacks (Spring Security's filter chain, MVC, Axon) exceed JFR's default 64 frames; this only sets how
        // deep a recording would look, it records nothing by itself.
        List<String> jvmArguments = options.profile() ? List.of("-XX:FlightRecorderOptions:stackdepth=256") : List.of();
        // Start-up is measured three times, each from a fresh data folder: two stacks started and stopped first,
        // then the one the scenarios run on.
        for (int i = 1; i <= 2; i++) {
            Stack startUpOnly = Stack.start(jars, data.resolve("start-up-" + i), jvmArguments);
            startUps.add(startUpOnly.startUpTime().toMillis() / 1000.0);
            startUpOnly.close();
            Context.log("Start-up %d: %.1f s", i, startUps.get(startUps.size() - 1));
        }
        Stack stack = Stack.start(jars, data.resolve("stack"), jvmArguments);
        try (MemorySampler sampler = new MemorySampler(stack); Context context = new Context(stack, options)) {
            startUps.add(stack.startUpTime().toMillis() / 1000.0);
            Context.log("Start-up 3: stack ready in %.1f s", startUps.get(startUps.size() - 1));
            versions = Environment.versions(stack, jars);
            Profiler profiler = null;
            if (options.profile()) {
                profiler = new Profiler(stack, options.projectRoot().resolve("benchmark/target/profile"));
                if (!profiler.available()) {
                    notMeasured.add("Profile: no jcmd in " + System.getProperty("java.home") + " (run with a JDK)");
                    profiler = null;
                } else {
                    profiler.prepare();
                }
            }
            CommandThroughput commands = new CommandThroughput(context);
            if (options.runs("commands")) {
                failed |= attempt(results, notMeasured, "Command throughput", commands::run);
            }
            if (options.runs("propagation")) {
                failed |= attempt(results, notMeasured, "Propagation latency", () -> new Propagation(context).run());
            }
            if (options.runs("outbox")) {
                failed |= attempt(results, notMeasured, "Outbox publishing", () -> new OutboxPublishing(context).run());
            }
            if (options.runs("replay")) {
                failed |= attempt(results, notMeasured, "Replay", () -> new ReplayRate(context).run());
            }
            memory = sampler.result();
            if (profiler != null && options.runs("commands")) {
                try {
                    double rate = commands.profile(profiler);
                    profile = new LinkedHashMap<>();
                    profile.put("commandsPerSecondInProfiledWindow", Format.round(rate, 1));
                    profile.putAll(profiler.summarise());
                } catch (RuntimeException e) {
                    Context.log("Profile FAILED: %s", e);
                    notMeasured.add("Profile: " + e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            Context.log("The run failed: %s (service logs in %s)", e, stack.logOf(Service.SCHOOL).getParent());
            stack.close();
            throw e;
        }
        Context.log("Stopping the stack");
        stack.close();

        results.add(footprint(startUps, memory));

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("startedAt", startedAt.toString());
        header.put("durationSeconds", Math.round((System.nanoTime() - runStart) / 1e9));
        header.put("quick", options.quick());
        header.put("command", ("./run-benchmark " + String.join(" ", args)).trim());
        header.put("machine", machine);
        header.put("versions", versions);
        Path out = options.projectRoot().resolve("benchmark/results");
        new Report(header, results, profile, notMeasured).write(out);
        Context.log("Done in %d s: %s", Math.round((System.nanoTime() - runStart) / 1e9), out.resolve("latest-results.md"));
        if (options.keepData() || failed) {
            Context.log("Data and service logs kept in %s", data);
        } else {
            delete(data);
        }
        System.out.println();
        System.out.println(Files.readString(out.resolve("latest-results.md")));
        System.exit(failed ? 1 : 0);
    }

    interface Scenario {
        ScenarioResult run() throws Exception;
    }

    /** Runs a scenario; a failure is reported as "not measured" with its reason, and the run goes on. */
    private static boolean attempt(List<ScenarioResult> results, List<String> notMeasured, String name, Scenario scenario) {
        long start = System.nanoTime();
        try {
            results.add(scenario.run());
            Context.log("%s done in %.0f s", name, (System.nanoTime() - start) / 1e9);
            return false;
        } catch (Exception e) {
            Context.log("%s FAILED: %s", name, e);
            e.printStackTrace(System.out);
            notMeasured.add(name + ": " + e.getMessage());
            return true;
        }
    }

    private static ScenarioResult footprint(List<Double> startUps, Map<String, Object> memory) {
        ScenarioResult result = new ScenarioResult("footprint", "Footprint");
        Spread startUp = Spread.of(startUps);
        result.json.put("method", "Start-up: LocalStack.start() from a fresh data folder (initdb of PostgreSQL, KRaft"
                + " broker, the three services' JVMs launched together) until all three answer readiness;  Memory: sampled each"
                + " second through the whole run; PSS = proportional set size (shared pages divided among the processes"
                + " sharing them), summed over the three service JVMs, every PostgreSQL process, and this JVM (which"
                + " hosts the Kafka broker and the load generator); sumOfPeakRss = sum of each process's VmHWM (an upper"
                + " bound: peaks need not coincide, and PostgreSQL's shared memory counts once per process).");
        result.json.put("startUpSeconds", ScenarioResult.spread(startUp, "s"));
        result.json.put("memory", memory);
        result.row("Local stack start-up", startUp.format(1) + " s" + (startUps.size() < 3 ? " (" + startUps.size() + " start-up(s))" : ""),
                "", "", "", "");
        result.row("Peak resident memory of the whole stack (sum of PSS)", Format.number((Double) memory.get("peakTotalPssMiB"), 0)
                + " MiB (services + PostgreSQL: " + Format.number((Double) memory.get("peakServicesAndPostgresPssMiB"), 0)
                + " MiB)", "sum of per-process peak RSS: " + Format.number((Double) memory.get("sumOfPeakRssMiB"), 0) + " MiB",
                "", "", "");
        @SuppressWarnings("unchecked")
        Map<String, Object> byComponent = (Map<String, Object>) memory.get("peakPssMiBByComponent");
        List<String> parts = new ArrayList<>();
        byComponent.forEach((component, mib) -> parts.add(component + " " + Format.number((Double) mib, 0) + " MiB"));
        result.notes.add("Peak PSS by component: " + String.join(", ", parts) + ".");
        return result;
    }

    /**
     * Copies the three services' jars, so that a concurrent rebuild of a module cannot change a jar
     * under a running service.
     */
    private static Path snapshotJars(Path projectRoot, Path target) throws IOException {
        for (Service service : Service.values()) {
            String name = service.module() + "-0.1.0-SNAPSHOT.jar";
            Path jar = projectRoot.resolve(service.module()).resolve("target").resolve(name);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No jar for " + service.module() + " at " + jar
                        + ": build first (./mvnw -q -DskipTests package -Pbenchmark)");
            }
            Path copy = target.resolve(service.module()).resolve("target").resolve(name);
            Files.createDirectories(copy.getParent());
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            Context.log("Could not delete %s: %s", directory, e);
        }
    }
}
