package uk.gov.education.placements.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the CPU went during a measurement window: cores used by each component of the stack.
 * This JVM hosts both the Kafka broker and the load generator; the load generator's own threads
 * (named "bench-", the HTTP client's and the benchmark's Kafka clients') are measured separately,
 * so the rest of this JVM's CPU is attributed to the broker (with its share of GC and JIT).
 */
final class CpuMeter {

    static final String LOAD_GENERATOR = "load generator (benchmark threads)";
    static final String KAFKA = "Kafka broker (rest of the benchmark JVM)";

    private final Stack stack;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    CpuMeter(Stack stack) {
        this.stack = stack;
    }

    Window start() {
        return new Window(System.nanoTime(), snapshot());
    }

    private Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        stack.processGroups().forEach((group, pids) -> seconds.put(group, Proc.cpuSeconds(pids)));
        seconds.put(LOAD_GENERATOR, loadGeneratorSeconds());
        return seconds;
    }

    private double loadGeneratorSeconds() {
        long nanos = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && isLoadGenerator(info.getThreadName())) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    nanos += cpu;
                }
            }
        }
        return nanos / 1e9;
    }

    static boolean isLoadGenerator(String thread) {
        return thread.startsWith("bench-") || thread.startsWith("HttpClient-")
                || thread.contains("| bench-");
    }

    final class Window {
        private final long startNanos;
        private final Map<String, Double> start;

        private Window(long startNanos, Map<String, Double> start) {
            this.startNanos = startNanos;
            this.start = start;
        }

        /** Cores used by each component since the window started; "total" is their sum. */
        Map<String, Double> stop() {
            Map<String, Double> end = snapshot();
            double wall = (System.nanoTime() - startNanos) / 1e9;
            Map<String, Double> cores = new LinkedHashMap<>();
            double total = 0;
            for (String group : List.copyOf(end.keySet())) {
                if (group.equals(LOAD_GENERATOR)) {
                    continue;
                }
                double used = Math.max(0, end.get(group) - start.getOrDefault(group, 0.0));
                total += used;
                if (group.equals(Stack.HARNESS_GROUP)) {
                    double generator = Math.max(0, end.get(LOAD_GENERATOR) - start.get(LOAD_GENERATOR));
                    cores.put(KAFKA, Format.round(Math.max(0, used - generator) / wall, 2));
                    cores.put(LOAD_GENERATOR, Format.round(Math.min(used, generator) / wall, 2));
                } else {
                    cores.put(group, Format.round(used / wall, 2));
                }
            }
            cores.put("total", Format.round(total / wall, 2));
            return cores;
        }
    }
}
