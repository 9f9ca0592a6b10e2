package uk.gov.education.placements.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * Percentiles of latency samples (nearest-rank on a sorted copy) and the median and spread of
 * repeated measurements. HdrHistogram is not managed by the build, and a run's samples (at most a
 * few hundred thousand longs) sort in milliseconds, so a sorted array is all that is needed.
 */
final class Stats {

    private Stats() {
    }

    /** Nearest-rank percentile: the smallest sample that at least {@code percentile}% of samples do not exceed. */
    static long percentile(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("No samples");
        }
        if (percentile <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    static long[] sorted(long[] samples) {
        long[] copy = samples.clone();
        Arrays.sort(copy);
        return copy;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Latency percentiles of one repetition, in milliseconds. */
    record Latencies(long count, double p50, double p95, double p99, double max) {

        static Latencies ofNanos(long[] samples) {
            long[] sorted = sorted(samples);
            return new Latencies(sorted.length,
                    millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                    millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]));
        }

        private static double millis(long nanos) {
            return Math.round(nanos / 10_000.0) / 100.0;
        }
    }
}
