package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import uk.gov.education.placements.localstack.Service;

/**
 * Profiles the services' JVMs with JDK Flight Recorder during one extra, uncounted run of the
 * command-throughput scenario: started and stopped with jcmd (so the measured repetitions run
 * without it), then summarised from the execution samples: the hottest methods (self time), self
 * time by library (JDK frames are charged to the library that called them), and by thread pool.
 */
final class Profiler {

    private static final List<Service> PROFILED = List.of(Service.SCHOOL, Service.PROVIDER_VIEW, Service.PLACEMENT);

    private static final Map<String, String> LIBRARIES = libraries();

    /** Activities worth naming: the share of samples with such a frame anywhere on the stack (inclusive time). */
    private static final Map<String, String> ACTIVITIES = activities();

    private final Stack stack;
    private final Path directory;
    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    private final Map<Service, Path> recordings = new LinkedHashMap<>();
    private final Map<Service, Map<String, Double>> threadCpuAtStart = new LinkedHashMap<>();
    private final Map<Service, Map<String, Double>> threadCores = new LinkedHashMap<>();
    private long startNanos;
    private double seconds;
    private java.time.Instant windowStart;
    private java.time.Instant windowEnd;

    Profiler(Stack stack, Path directory) {
        this.stack = stack;
        this.directory = directory;
    }

    boolean available() {
        return Files.isExecutable(jcmd);
    }

    /**
     * Starts a continuous recording with JFR's default settings (in memory, about 1 % overhead) in every
     * profiled service, before any measurement. JFR instruments JDK classes (file and socket I/O) when it
     * first starts in a JVM, which throws away the compiled code that depends on them; started mid-run,
     * the recompilation would burden the next figures and leave the profiled code in an unrepresentative
     * state. Started first, the JIT compiles everything once, with the instrumentation in place, during
     * the warm-up.
     */
    void prepare() {
        for (Service service : PROFILED) {
            jcmd(service, "JFR.start", "name=bench-continuous", "settings=default", "disk=false");
        }
    }

    void start() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (Service service : PROFILED) {
            Path file = directory.resolve(service.module() + ".jfr").toAbsolutePath();
            jcmd(service, "JFR.start", "name=bench", "settings=profile", "filename=" + file);
            recordings.put(service, file);
        }
        PROFILED.forEach(service -> threadCpuAtStart.put(service, Proc.cpuSecondsByThreadGroup(stack.pid(service))));
        startNanos = System.nanoTime();
        windowStart = java.time.Instant.now();
    }

    void stop() {
        seconds = (System.nanoTime() - startNanos) / 1e9;
        windowEnd = java.time.Instant.now();
        for (Service service : PROFILED) {
            Map<String, Double> before = threadCpuAtStart.get(service);
            Map<String, Double> cores = new LinkedHashMap<>();
            Proc.cpuSecondsByThreadGroup(stack.pid(service)).entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) / seconds))
                    .filter(e -> e.getValue() >= 0.005)
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                    .forEach(e -> cores.put(e.getKey(), Format.round(e.getValue(), 3)));
            threadCores.put(service, cores);
        }
        recordings.forEach((service, file) -> jcmd(service, "JFR.stop", "name=bench", "filename=" + file));
    }

    private void jcmd(Service service, String... command) {
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(stack.pid(service))));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd failed: " + String.join(" ", line) + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The summary of each recording, for the results JSON and BENCHMARKS.md. */
    Map<String, Object> summarise() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("recordedSeconds", Format.round(seconds, 1));
        summary.put("window", windowStart + " to " + windowEnd);
        summary.put("recordings", recordings.values().stream().map(Path::toString).toList());
        for (Map.Entry<Service, Path> recording : recordings.entrySet()) {
            try {
                Map<String, Object> service = summarise(recording.getValue(), windowStart, windowEnd);
                service.put("cpuCoresByThreadGroup", threadCores.get(recording.getKey()));
                summary.put(recording.getKey().module(), service);
            } catch (IOException e) {
                summary.put(recording.getKey().module(), Map.of("error", e.toString()));
            }
        }
        return summary;
    }

    /**
     * Summarises the events of the recording that fall within the window: the file also holds what
     * the continuous recording buffered before the window began.
     */
    static Map<String, Object> summarise(Path file, java.time.Instant from, java.time.Instant to) throws IOException {
        Map<String, Long> selfByMethod = new HashMap<>();
        Map<String, Long> selfByLibrary = new HashMap<>();
        Map<String, Long> byThread = new HashMap<>();
        Map<String, Long> byActivity = new HashMap<>();
        long samples = 0;
        long gcPauseNanos = 0;
        long gcCount = 0;
        List<Double> jvmCpu = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            String type = event.getEventType().getName();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = stack.getFrames();
                    RecordedFrame top = frames.get(0);
                    selfByMethod.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
                    selfByLibrary.merge(library(frames), 1L, Long::sum);
                    java.util.Set<String> activities = new java.util.HashSet<>();
                    for (RecordedFrame frame : frames) {
                        String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                        ACTIVITIES.forEach((marker, activity) -> {
                            if (name.startsWith(marker)) {
                                activities.add(activity);
                            }
                        });
                    }
                    activities.forEach(activity -> byActivity.merge(activity, 1L, Long::sum));
                    var thread = event.getThread("sampledThread");
                    String name = thread == null ? "?" : thread.getJavaName();
                    byThread.merge(threadPool(name), 1L, Long::sum);
                }
                case "jdk.GarbageCollection" -> {
                    gcCount++;
                    gcPauseNanos += event.getDuration("sumOfPauses").toNanos();
                }
                case "jdk.CPULoad" -> jvmCpu.add(event.getDouble("jvmUser") + event.getDouble("jvmSystem"));
                default -> {
                }
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("executionSamples", samples);
        summary.put("topSelfMethods", top(selfByMethod, samples, 15));
        summary.put("selfTimeByLibrary", top(selfByLibrary, samples, 12));
        summary.put("samplesByThreadPool", top(byThread, samples, 8));
        summary.put("inclusiveByActivity", top(byActivity, samples, 20).stream()
                .filter(line -> ((Double) line.get("percent")) >= 1.0).toList());
        summary.put("garbageCollections", gcCount);
        summary.put("gcPauseMillis", Duration.ofNanos(gcPauseNanos).toMillis());
        summary.put("averageJvmCpuShareOfMachine", jvmCpu.isEmpty() ? null
                : Format.round(jvmCpu.stream().mapToDouble(Double::doubleValue).average().orElse(0), 3));
        return summary;
    }

    private static List<Map<String, Object>> top(Map<String, Long> counts, long total, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(e -> {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("name", e.getKey());
                    line.put("samples", e.getValue());
                    line.put("percent", Format.round(100.0 * e.getValue() / Math.max(1, total), 1));
                    return line;
                })
                .toList();
    }

    /** The library of the topmost non-JDK frame: JDK time (collections, I/O, crypto) is charged to its caller. */
    static String library(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (isJdk(type)) {
                continue;
            }
            return libraryOf(type);
        }
        return "JDK only (GC/JIT helpers, JDK threads)";
    }

    static String libraryOf(String type) {
        for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
            if (type.startsWith(library.getKey())) {
                return library.getValue();
            }
        }
        String[] parts = type.split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : type;
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                || type.startsWith("sun.") || type.startsWith("com.sun.");
    }

    /** "http-nio-8081-exec-7" and "http-nio-8081-exec-2" are one pool. */
    static String threadPool(String thread) {
        return thread.replaceAll("\\d+", "N");
    }

    private static Map<String, String> activities() {
        Map<String, String> activities = new LinkedHashMap<>();
        activities.put("org.springframework.security.web.firewall.StrictHttpFirewall", "Spring Security StrictHttpFirewall header validation");
        activities.put("org.springframework.security.oauth2.jwt.NimbusJwtDecoder.decode", "JWT decode and signature check");
        activities.put("org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.authenticate", "JWT authentication");
        activities.put("org.axonframework.eventsourcing.EventSourcingRepository.doLoad", "Axon: load aggregate from its events");
        activities.put("org.axonframework.eventsourcing.eventstore.AbstractEventStore.publish", "Axon: stage events for append");
        activities.put("org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine.appendEvents", "Axon: append events (JDBC)");
        activities.put("org.axonframework.eventhandling.SimpleEventHandlerInvoker.handle", "Axon: event handlers (projections, outbox)");
        activities.put("org.axonframework.commandhandling.SimpleCommandBus.dispatch", "Axon: command dispatch and handling");
        activities.put("org.springframework.web.servlet.DispatcherServlet.doDispatch", "Spring MVC dispatch (controller and below)");
        activities.put("org.postgresql.", "PostgreSQL JDBC driver");
        activities.put("com.zaxxer.hikari.", "HikariCP");
        activities.put("com.fasterxml.jackson.", "Jackson");
        activities.put("io.micrometer.observation.Observation", "Inside a Micrometer observation (observed work included)");
        activities.put("org.apache.kafka.clients.producer.", "Kafka producer");
        activities.put("org.apache.kafka.clients.consumer.", "Kafka consumer");
        activities.put("ch.qos.logback.", "Logging");
        activities.put("uk.gov.education.placements.providerview.projection.ReadModelWriter.apply", "provider-view: ReadModelWriter.apply");
        activities.put("uk.gov.education.placements.providerview.history.EventHistoryRepository.append", "provider-view: EventHistory.append");
        activities.put("uk.gov.education.placements.support.outbox.KafkaOutbox", "Outbox (KafkaOutbox)");
        return activities;
    }

    private static Map<String, String> libraries() {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("org.postgresql.", "PostgreSQL JDBC driver");
        libraries.put("com.zaxxer.hikari.", "HikariCP");
        libraries.put("com.fasterxml.jackson.", "Jackson (JSON)");
        libraries.put("org.axonframework.eventsourcing.", "Axon event sourcing (load, append)");
        libraries.put("org.axonframework.", "Axon Framework (other)");
        libraries.put("org.springframework.kafka.", "Spring for Kafka");
        libraries.put("org.apache.kafka.", "Kafka client");
        libraries.put("io.cloudevents.", "CloudEvents SDK");
        libraries.put("org.springframework.security.web.firewall.", "Spring Security firewall (header checks)");
        libraries.put("org.springframework.security.oauth2.jwt.", "JWT decoding (Spring Security, Nimbus)");
        libraries.put("com.nimbusds.", "JWT decoding (Spring Security, Nimbus)");
        libraries.put("org.springframework.security.", "Spring Security (other)");
        libraries.put("org.springframework.boot.actuate.", "Spring Boot Actuator");
        libraries.put("org.springframework.web.", "Spring MVC");
        libraries.put("org.springframework.jdbc.", "Spring JDBC");
        libraries.put("org.springframework.transaction.", "Spring transactions");
        libraries.put("org.springframework.", "Spring (other)");
        libraries.put("org.apache.catalina.", "Tomcat");
        libraries.put("org.apache.coyote.", "Tomcat");
        libraries.put("org.apache.tomcat.", "Tomcat");
        libraries.put("ch.qos.logback.", "Logging");
        libraries.put("org.slf4j.", "Logging");
        libraries.put("io.micrometer.", "Micrometer");
        libraries.put("uk.gov.education.placements.", "Project code");
        return libraries;
    }
}
