package uk.gov.education.placements.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples the whole stack's resident memory once a second for the whole run and keeps the peak:
 * the sum of every process's proportional set size (PSS: shared pages such as PostgreSQL's shared
 * buffers counted once, not once per backend), and per component. The kernel's per-process peak
 * (VmHWM) is read at the end as well; its sum is an upper bound, since the peaks need not coincide.
 */
final class MemorySampler implements AutoCloseable {

    private final Stack stack;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile long peakTotalKiB;
    private volatile long peakRssTotalKiB;
    private volatile long peakWithoutHarnessKiB;
    private final Map<String, Long> peakByGroupKiB = new LinkedHashMap<>();

    MemorySampler(Stack stack) {
        this.stack = stack;
        this.thread = new Thread(this::run, "bench-memory-sampler");
        thread.setDaemon(true);
        sample();
        thread.start();
    }

    private void run() {
        while (running.get()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    private synchronized void sample() {
        long total = 0;
        long rssTotal = 0;
        long harness = 0;
        for (Map.Entry<String, List<Long>> group : stack.processGroups().entrySet()) {
            long pss = group.getValue().stream().mapToLong(Proc::pssKiB).sum();
            if (group.getKey().equals(Stack.HARNESS_GROUP)) {
                harness = pss;
            }
            rssTotal += group.getValue().stream().mapToLong(Proc::rssKiB).sum();
            total += pss;
            peakByGroupKiB.merge(group.getKey(), pss, Math::max);
        }
        peakTotalKiB = Math.max(peakTotalKiB, total);
        peakWithoutHarnessKiB = Math.max(peakWithoutHarnessKiB, total - harness);
        peakRssTotalKiB = Math.max(peakRssTotalKiB, rssTotal);
    }

    synchronized Map<String, Object> result() {
        sample();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("peakTotalPssMiB", mib(peakTotalKiB));
        result.put("peakServicesAndPostgresPssMiB", mib(peakWithoutHarnessKiB));
        result.put("peakTotalRssMiB", mib(peakRssTotalKiB));
        Map<String, Object> byGroup = new LinkedHashMap<>();
        peakByGroupKiB.forEach((group, kib) -> byGroup.put(group, mib(kib)));
        result.put("peakPssMiBByComponent", byGroup);
        long hwm = 0;
        Map<String, Object> hwmByGroup = new LinkedHashMap<>();
        for (Map.Entry<String, List<Long>> group : stack.processGroups().entrySet()) {
            long groupHwm = group.getValue().stream().mapToLong(Proc::peakRssKiB).sum();
            hwm += groupHwm;
            hwmByGroup.put(group.getKey(), mib(groupHwm));
        }
        result.put("sumOfPeakRssMiB", mib(hwm));
        result.put("peakRssMiBByComponent", hwmByGroup);
        return result;
    }

    double peakTotalPssMiB() {
        return mib(peakTotalKiB);
    }

    private static double mib(long kib) {
        return Format.round(kib / 1024.0, 1);
    }

    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
    }
}
