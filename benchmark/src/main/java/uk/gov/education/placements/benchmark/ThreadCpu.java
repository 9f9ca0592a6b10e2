package uk.gov.education.placements.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/** Cores used by each thread group of one process during a window (from /proc; see Proc#cpuSecondsByThreadGroup). */
final class ThreadCpu {

    private final long pid;
    private final long startNanos = System.nanoTime();
    private final Map<String, Double> start;

    private ThreadCpu(long pid) {
        this.pid = pid;
        this.start = Proc.cpuSecondsByThreadGroup(pid);
    }

    static ThreadCpu start(long pid) {
        return new ThreadCpu(pid);
    }

    /** Thread groups that used at least half a percent of a core, busiest first. */
    Map<String, Double> stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        Proc.cpuSecondsByThreadGroup(pid).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - start.getOrDefault(e.getKey(), 0.0)) / seconds))
                .filter(e -> e.getValue() >= 0.005)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> cores.put(e.getKey(), Format.round(e.getValue(), 3)));
        return cores;
    }

    static String describe(Map<String, Double> cores) {
        StringBuilder text = new StringBuilder();
        cores.forEach((group, used) -> text.append(text.length() == 0 ? "" : ", ").append('`').append(group).append("` ").append(used));
        return text.toString();
    }
}
