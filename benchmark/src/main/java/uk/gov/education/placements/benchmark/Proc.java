package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a Linux process's CPU time and memory from /proc. Missing processes read as zero. */
final class Proc {

    /** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux this runs on (getconf CLK_TCK). */
    static final double TICKS_PER_SECOND = 100.0;

    private Proc() {
    }

    /**
     * CPU seconds used by the process (user + system), plus those of its children that it has
     * waited for (so a PostgreSQL backend that exited still counts, through the postmaster).
     */
    static double cpuSeconds(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        if (stat == null) {
            return 0;
        }
        // Fields after the command name, which is in parentheses and may contain spaces.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        return ticks / TICKS_PER_SECOND;
    }

    /**
     * CPU seconds of each thread of the process, by thread group: the kernel's thread name (Java's
     * thread name cut to 15 characters) with digits replaced by N, so "http-nio-8081-exec-3" and
     * "http-nio-8081-exec-7" are one group ("http-nio-NNNN-").
     */
    static java.util.Map<String, Double> cpuSecondsByThreadGroup(long pid) {
        java.util.Map<String, Double> groups = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (var threads = Files.list(tasks)) {
            threads.forEach(task -> {
                String stat = read(task.resolve("stat"));
                if (stat == null) {
                    return;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                groups.merge(name.replaceAll("\\d+", "N"), seconds, Double::sum);
            });
        } catch (IOException e) {
            return groups;
        }
        return groups;
    }

    static double cpuSeconds(List<Long> pids) {
        return pids.stream().mapToDouble(Proc::cpuSeconds).sum();
    }

    /** Proportional set size in KiB: resident memory with shared pages divided among their sharers. */
    static long pssKiB(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
    }

    static long rssKiB(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /** The process's peak resident set size so far, in KiB. */
    static long peakRssKiB(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmHWM:");
    }

    private static long field(Path file, String name) {
        String text = read(file);
        if (text == null) {
            return 0;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }
}
