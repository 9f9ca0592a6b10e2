package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import uk.gov.education.placements.localstack.LocalStack;
import uk.gov.education.placements.localstack.Service;
import uk.gov.education.placements.localstack.Settings;

/**
 * The local stack under test, on free ports in a data folder of its own, and what its processes
 * use, read from Linux's /proc (a process that is gone reads as zero).
 */
final class Stack implements AutoCloseable {

    static final String KAFKA = "kafka broker";
    static final String HARNESS = "benchmark JVM (load generator)";
    /** Clock ticks per second of /proc/<pid>/stat: 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final double TICKS = 100.0;

    /** The benchmark's own jar, which also holds the CRUD baseline (copied with the services' jars). */
    static final Path BENCHMARK_JAR = Path.of("benchmark", "target", "benchmark-" + Settings.VERSION + ".jar");

    final LocalStack local;
    final Settings settings;
    final Path data;
    /** Every request acts as a support user, who may do all the scenarios need. */
    final String supportToken;
    /** Processes beside the stack whose CPU and memory are also read, by name (the CRUD baseline). */
    private final Map<String, Long> beside = new ConcurrentHashMap<>();

    private Stack(LocalStack local, Settings settings) {
        this.local = local;
        this.settings = settings;
        this.data = settings.dataDirectory();
        this.supportToken = local.tokens().support("benchmark-support-user");
    }

    static Stack start(Path jars, Path data, List<String> jvmArguments) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        Settings settings = new Settings(jars, data, Settings.VERSION, freePort(), 0, ports, jvmArguments, Map.of());
        return new Stack(LocalStack.start(settings), settings);
    }

    /** Reads a process beside the stack as one of its components from now on (a column of its own in the CPU table). */
    void watch(String component, long pid) {
        beside.put(component, pid);
    }

    void unwatch(String component) {
        beside.remove(component);
    }

    /** Copies the services' jars and the benchmark's, so that a concurrent rebuild cannot change a jar under a running JVM. */
    static Path snapshotJars(Path projectRoot, Path target) throws IOException {
        Files.createDirectories(target.resolve(BENCHMARK_JAR).getParent());
        Files.copy(projectRoot.resolve(BENCHMARK_JAR), target.resolve(BENCHMARK_JAR), StandardCopyOption.REPLACE_EXISTING);
        for (Service service : Service.values()) {
            Path jar = Path.of(service.module(), "target", service.module() + "-" + Settings.VERSION + ".jar");
            if (!Files.isRegularFile(projectRoot.resolve(jar))) {
                throw new IllegalStateException("No " + jar + ": build first (./mvnw -q -DskipTests package)");
            }
            Files.createDirectories(target.resolve(jar).getParent());
            Files.copy(projectRoot.resolve(jar), target.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    long pid(Service service) {
        return local.processIds().get(service);
    }

    /** A new connection to a service's database; JDBC batches are sent as multi-row INSERTs. */
    Connection connect(Service service) {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "postgres");
        properties.setProperty("reWriteBatchedInserts", "true");
        try {
            return DriverManager.getConnection(local.jdbcUrl(service), properties);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + service.database(), e);
        }
    }

    /** The processes by component, looked up afresh each time, as the stack restarts what exits. */
    Map<String, List<Long>> processGroups() {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        local.processIds().forEach((service, pid) -> groups.put(service.module(), List.of(pid)));
        groups.put(KAFKA, children("kafka.Kafka"));
        List<Long> postgres = new ArrayList<>();
        String postmaster = read(data.resolve("postgres/postmaster.pid"));
        if (postmaster != null) {
            postgres.add(Long.parseLong(postmaster.lines().findFirst().orElseThrow().trim()));
            ProcessHandle.of(postgres.get(0)).ifPresent(p -> p.descendants().forEach(d -> postgres.add(d.pid())));
        }
        groups.put("postgresql", postgres);
        beside.forEach((component, pid) -> groups.put(component, List.of(pid)));
        groups.put(HARNESS, List.of(ProcessHandle.current().pid()));
        return groups;
    }

    /** This JVM's child processes that run the main class: their command lines read whole (ProcessHandle cuts long ones). */
    static List<Long> children(String mainClass) {
        return ProcessHandle.current().children().map(ProcessHandle::pid)
                .filter(pid -> String.valueOf(read(Path.of("/proc", Long.toString(pid), "cmdline"))).contains(mainClass)).toList();
    }

    /** Cores used by each component, and by the thread groups of some services, over a window. */
    record Usage(double seconds, Map<String, Double> cores, Map<String, Map<String, Double>> threads) {
    }

    /** Starts a CPU window; {@link Window#stop()} gives what each component used since, and the services' thread groups. */
    Window cpu(Service... threadsOf) {
        return new Window(threadsOf);
    }

    final class Window {
        private final long start = System.nanoTime();
        private final Map<String, Double> components = componentSeconds();
        private final Map<Service, Map<String, Double>> threads = new LinkedHashMap<>();

        private Window(Service... services) {
            for (Service service : services) {
                threads.put(service, threadSeconds(pid(service)));
            }
        }

        Usage stop() {
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> cores = new LinkedHashMap<>();
            componentSeconds().forEach((group, used) -> cores.put(group,
                    Results.round(Math.max(0, used - components.getOrDefault(group, 0.0)) / seconds, 3)));
            cores.put("total", Results.round(cores.values().stream().mapToDouble(Double::doubleValue).sum(), 3));
            Map<String, Map<String, Double>> byService = new LinkedHashMap<>();
            threads.forEach((service, before) -> {
                Map<String, Double> used = new LinkedHashMap<>();
                threadSeconds(pid(service)).entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) / seconds))
                        .filter(e -> e.getValue() >= 0.005).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .forEach(e -> used.put(e.getKey(), Results.round(e.getValue(), 3)));
                byService.put(service.module(), used);
            });
            return new Usage(seconds, cores, byService);
        }
    }

    /** CPU seconds by component, with the children each process waited for (an exited PostgreSQL backend counts). */
    private Map<String, Double> componentSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        processGroups().forEach((group, pids) -> seconds.put(group, pids.stream().mapToDouble(pid -> {
            String[] fields = statFields(read(Path.of("/proc", Long.toString(pid), "stat")));
            return fields == null ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                    + Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS;
        }).sum()));
        return seconds;
    }

    /** CPU seconds of a process's threads by group: the kernel's thread name (Java's, cut to 15 characters), digits as N. */
    private static Map<String, Double> threadSeconds(long pid) {
        Map<String, Double> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                String stat = read(task.resolve("stat"));
                String[] fields = statFields(stat);
                if (fields != null) {
                    groups.merge(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N"),
                            (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS, Double::sum);
                }
            });
        } catch (IOException e) {
            return groups;
        }
        return groups;
    }

    /** The fields after the command name, which is in parentheses and may hold spaces. */
    private static String[] statFields(String stat) {
        return stat == null ? null : stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    }

    /** A field in KiB of /proc/<pid>/smaps_rollup ("Pss:") or /proc/<pid>/status ("VmHWM:"). */
    static long kib(long pid, String file, String field) {
        String text = read(Path.of("/proc", Long.toString(pid), file));
        return text == null ? 0 : text.lines().filter(line -> line.startsWith(field))
                .mapToLong(line -> Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0])).findFirst().orElse(0);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Samples the stack's memory every second and keeps the peak sums of proportional set size (PSS:
     * shared pages, such as PostgreSQL's buffers, divided among their sharers). The sum of each
     * process's own peak (VmHWM) is an upper bound, as the peaks need not coincide.
     */
    final class MemorySampler implements AutoCloseable {
        private final Map<String, Long> peaks = new LinkedHashMap<>();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        MemorySampler() {
            sampler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
        }

        private synchronized void sample() {
            Map<String, Long> pss = new LinkedHashMap<>();
            processGroups().forEach((group, pids) -> pss.put(group, pids.stream().mapToLong(pid -> kib(pid, "smaps_rollup", "Pss:")).sum()));
            // The stack's total: what runs beside it (the CRUD baseline) has its own peak, not a part of the stack's.
            pss.put("total", pss.entrySet().stream().filter(e -> !beside.containsKey(e.getKey())).mapToLong(Map.Entry::getValue).sum());
            pss.put("services + PostgreSQL", pss.get("total") - pss.get(KAFKA) - pss.get(HARNESS));
            pss.forEach((group, kib) -> peaks.merge(group, kib, Math::max));
        }

        /** Peak PSS in MiB by component, "total" and "services + PostgreSQL"; "sum of peak RSS" as said. */
        synchronized Map<String, Double> result() {
            sample();
            Map<String, Double> mib = new LinkedHashMap<>();
            peaks.forEach((group, kib) -> mib.put(group, Results.round(kib / 1024.0, 1)));
            mib.put("sum of peak RSS", Results.round(peakRss().values().stream().mapToDouble(Double::doubleValue).sum(), 1));
            return mib;
        }

        /** Each component's processes' own peaks (VmHWM), in MiB: PostgreSQL's shared memory counts once per process. */
        Map<String, Double> peakRss() {
            Map<String, Double> mib = new LinkedHashMap<>();
            processGroups().forEach((group, pids) -> mib.put(group, Results.round(pids.stream()
                    .mapToLong(pid -> kib(pid, "status", "VmHWM:")).sum() / 1024.0, 1)));
            return mib;
        }

        @Override
        public void close() {
            sampler.shutdownNow();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        local.close();
    }
}
