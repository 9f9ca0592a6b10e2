package uk.gov.education.placements.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.kafka.common.utils.AppInfoParser;
import org.springframework.boot.SpringBootVersion;

import com.sun.management.OperatingSystemMXBean;

import uk.gov.education.placements.localstack.Service;

/**
 * Measures the system on one machine (the local stack) next to naive baselines and the raw
 * infrastructure, into benchmark/results/latest-results.{json,md}. Its options and what it
 * measures: run-benchmark and BENCHMARKS.md.
 */
public final class Benchmark {

    private static final List<String> SCENARIOS = List.of("commands", "propagation", "outbox", "replay");

    private Benchmark() {
    }

    interface Scenario {
        void run(Results results) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Set<String> only = Set.of(options.stream().filter(o -> o.startsWith("--only=")).findFirst()
                .orElse("--only=" + String.join(",", SCENARIOS)).substring("--only=".length()).split(","));
        List<String> known = List.of("--quick", "--no-profile", "--keep-data");
        if (!SCENARIOS.containsAll(only) || !options.stream().allMatch(o -> known.contains(o) || o.startsWith("--only="))) {
            throw new IllegalArgumentException("Options: " + known + " and --only= with some of " + SCENARIOS + "; not " + options);
        }
        boolean quick = options.contains("--quick");
        long runStart = System.nanoTime();
        Path root = Path.of("").toAbsolutePath();
        Results results = new Results();
        results.header.put("startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.header.put("quick", quick);
        results.header.put("command", ("./run-benchmark " + String.join(" ", args)).trim());
        results.header.put("machine", new TreeMap<>(Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "cpu", String.valueOf(Stack.read(Path.of("/proc/cpuinfo"))).lines().filter(l -> l.startsWith("model name"))
                        .map(l -> l.replaceAll(".*: ", "")).findFirst().orElse("?"),
                "memoryGiB", Results.round(((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize() / 1073741824.0, 1),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "loadAverageAtStart", String.valueOf(Stack.read(Path.of("/proc/loadavg"))).trim())));
        Path data = Files.createTempDirectory("placements-benchmark-");
        Path jars = Stack.snapshotJars(root, data.resolve("jars"));
        Profiler profiler = options.contains("--no-profile") ? null : Profiler.find(root.resolve("benchmark/target/profile"));
        if (profiler == null && !options.contains("--no-profile")) {
            results.notMeasured.add("Profile: no jcmd in " + System.getProperty("java.home") + ", or no jfr");
        }
        // Spring Security's, MVC's and Axon's stacks are deeper than JFR's default 64 frames; this records nothing itself.
        List<String> jvm = profiler == null ? List.of() : List.of("-XX:FlightRecorderOptions:stackdepth=256");

        // Start-up from a fresh data folder: two stacks started and stopped first (none in a quick run), then the one measured.
        List<Double> startUps = new ArrayList<>();
        for (int i = quick ? 2 : 0; i < 2; i++) {
            try (Stack warmUp = Stack.start(jars, data.resolve("stack-" + i), jvm)) {
                startUps.add(warmUp.local.startUpTime().toMillis() / 1000.0);
                log("Start-up %d: %.1f s", i + 1, startUps.get(startUps.size() - 1));
            }
        }
        Stack stack = Stack.start(jars, data.resolve("stack-2"), jvm);
        startUps.add(stack.local.startUpTime().toMillis() / 1000.0);
        log("Start-up %d: %.1f s", startUps.size(), startUps.get(startUps.size() - 1));
        boolean failed = false;
        try (Stack.MemorySampler memory = stack.new MemorySampler(); Context context = new Context(stack, quick)) {
            results.header.put("versions", versions(stack));
            if (profiler != null) {
                profiler.prepare(stack);
            }
            CommandThroughput commands = new CommandThroughput(context);
            for (Map.Entry<String, Scenario> scenario : List.of(Map.entry("commands", (Scenario) commands::run),
                    Map.entry("propagation", (Scenario) new Propagation(context)::run),
                    Map.entry("outbox", (Scenario) new OutboxPublishing(context)::run),
                    Map.entry("replay", (Scenario) new ReplayRate(context)::run))) {
                failed |= only.contains(scenario.getKey()) && attempt(results, scenario.getKey(), scenario.getValue());
            }
            failed |= attempt(results, "idle", unused -> idle(results, context));
            footprint(results, startUps, memory.result(), memory.peakRss());
            failed |= profiler != null && only.contains("commands") && attempt(results, "profile", unused -> {
                log("Profile: JFR during %d s of the command scenario at 8 clients (not counted)", context.seconds(10));
                double rate = commands.measure(8, context.seconds(10), profiler).outcome().perSecond();
                StringBuilder markdown = new StringBuilder();
                results.profile = profiler.summarise(rate, markdown);
                results.profileMarkdown = markdown.toString();
            });
        } catch (RuntimeException e) {
            log("The run failed: %s (service logs in %s)", e, stack.data.resolve("logs"));
            throw e;
        } finally {
            stack.close();
        }
        results.header.put("durationSeconds", Math.round((System.nanoTime() - runStart) / 1e9));
        results.write(root.resolve("benchmark/results"));
        log("Done in %d s: benchmark/results/latest-results.md", Math.round((System.nanoTime() - runStart) / 1e9));
        if (options.contains("--keep-data") || failed) {
            log("Data and service logs kept in %s", data);
        } else {
            try (Stream<Path> paths = Files.walk(data)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.out.println("\n" + Files.readString(root.resolve("benchmark/results/latest-results.md")));
        System.exit(failed ? 1 : 0);
    }

    static void log(String format, Object... arguments) {
        System.out.println("[" + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + String.format(format, arguments));
        System.out.flush();
    }

    /** Runs a scenario; a failure is reported as "not measured" with its reason, and the run goes on. */
    private static boolean attempt(Results results, String name, Scenario scenario) {
        long start = System.nanoTime();
        try {
            scenario.run(results);
            log("%s done in %.0f s", name, (System.nanoTime() - start) / 1e9);
            return false;
        } catch (Exception e) {
            log("%s FAILED: %s", name, e);
            e.printStackTrace(System.out);
            results.notMeasured.add(name + ": " + e.getMessage());
            return true;
        }
    }

    /**
     * The stack with nothing to do, after every scenario and once everything has propagated: what
     * its pollers, heartbeats, housekeeping and the broker cost when no one uses it.
     */
    private static void idle(Results results, Context context) {
        context.awaitQuiet(Duration.ofSeconds(60));
        long seconds = context.seconds(20);
        log("Idle: %d s with no load", seconds);
        Stack.Window window = context.stack.cpu();
        Context.sleep(seconds * 1000);
        Stack.Usage usage = window.stop();
        double stack = usage.cores().get("total") - usage.cores().getOrDefault(Stack.HARNESS, 0.0);
        Results.Section section = results.section("idle", "Idle stack");
        section.json().put("cores", usage.cores());
        section.row("CPU of the idle stack (every process but the load generator)", Results.number(stack * 100, 1)
                + " % of a core", "", "");
        section.target("< 3 % of a core", Results.number(stack * 100, 1) + " %", stack < 0.03);
        section.cpu("no load, " + seconds + " s", List.of(usage));
    }

    private static void footprint(Results results, List<Double> startUps, Map<String, Double> memory, Map<String, Double> rss) {
        Results.Section section = results.section("footprint", "Footprint");
        section.row("Local stack start-up", section.figure("startUpSeconds", "s", startUps, s -> s).format(1) + " s", "", "");
        section.row("Peak resident memory of the whole stack (sum of PSS)", String.format("%,.0f MiB (services + PostgreSQL:"
                + " %,.0f MiB)", memory.get("total"), memory.get("services + PostgreSQL")),
                String.format("sum of per-process peak RSS: %,.0f MiB", memory.get("sum of peak RSS")), "");
        section.notes().add("Peak PSS by component (MiB): " + memory);
        section.json().put("memoryMiB", memory);
        section.json().put("peakRssMiB", rss);
    }

    /** The versions measured (the services are built with the benchmark's BOMs): without them figures cannot be compared. */
    private static Map<String, Object> versions(Stack stack) throws Exception {
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        Map<String, String> settings = new TreeMap<>();
        try (var connection = stack.connect(Service.SCHOOL); var postgres = connection.createStatement().executeQuery("SELECT name,"
                + " current_setting(name) FROM pg_settings WHERE name IN ('server_version', 'fsync', 'synchronous_commit',"
                + " 'full_page_writes', 'wal_sync_method', 'shared_buffers', 'max_connections')")) {
            while (postgres.next()) {
                settings.put(postgres.getString(1), postgres.getString(2));
            }
        }
        versions.put("postgresql", settings.remove("server_version"));
        versions.put("postgresqlSettings", settings);
        versions.put("kafka", AppInfoParser.getVersion() + " (KRaft broker, one node)");
        versions.put("springBoot", SpringBootVersion.getVersion());
        Properties axon = new Properties();
        axon.load(Benchmark.class.getResourceAsStream("/META-INF/maven/org.axonframework/axon-messaging/pom.properties"));
        versions.put("axon", axon.getProperty("version"));
        return versions;
    }
}
