package uk.gov.education.placements.benchmark;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One figure measured several times: its median (the reported value), the lowest and highest
 * repetition, and every repetition's value.
 */
record Spread(double median, double min, double max, List<Double> values) {

    Spread {
        values = List.copyOf(values);
    }

    static Spread of(List<Double> values) {
        return new Spread(Stats.median(values),
                values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                values);
    }

    static <T> Spread of(List<T> repetitions, ToDoubleFunction<T> figure) {
        return of(repetitions.stream().map(r -> figure.applyAsDouble(r)).toList());
    }

    /** (max - min) / median, in percent: how far apart the repetitions were. */
    double spreadPercent() {
        return median == 0 ? 0 : Math.round((max - min) / median * 1000) / 10.0;
    }

    String format(int decimals) {
        return Format.number(median, decimals) + " (" + Format.number(min, decimals) + "–" + Format.number(max, decimals) + ")";
    }
}
