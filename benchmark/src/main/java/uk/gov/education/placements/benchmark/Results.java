package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** What a run found, by scenario, written as latest-results.json (every repetition) and latest-results.md (the tables). */
final class Results {

    final Map<String, Object> header = new LinkedHashMap<>();
    final List<Section> sections = new ArrayList<>();
    final List<String> notMeasured = new ArrayList<>();
    Map<String, Object> profile;
    String profileMarkdown;

    Section section(String key, String title) {
        Section section = new Section(key, title, new LinkedHashMap<>(), new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>(),
                new ArrayList<>());
        sections.add(section);
        return section;
    }

    /** A latency histogram of nanoseconds, safe to record into from many threads, to 3 significant digits. */
    static Histogram histogram() {
        return new ConcurrentHistogram(3);
    }

    /** The histogram's percentile (100 for its maximum), in milliseconds. */
    static double ms(Histogram latencies, double percentile) {
        return round(latencies.getValueAtPercentile(percentile) / 1e6, 2);
    }

    /** One figure measured in repetitions: reported as their median, with the lowest and highest. */
    record Spread(List<Double> values) {

        double median() {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }

        String format(int decimals) {
            return number(median(), decimals) + " (" + number(Collections.min(values), decimals) + "–"
                    + number(Collections.max(values), decimals) + ")";
        }
    }

    /** One scenario's part: its figures with every repetition, its table rows, the CPU of its windows and its notes. */
    record Section(String key, String title, Map<String, Object> json, List<String[]> rows, Map<String, Map<String, Double>> cpu,
                   List<String> notes, List<String[]> targets) {

        /** The figure over the repetitions, kept under {@code key} (with a level's name, say) with its unit. */
        <T> Spread figure(String key, String unit, List<T> repetitions, ToDoubleFunction<T> figure) {
            Spread spread = new Spread(repetitions.stream().map(figure::applyAsDouble).toList());
            json.put(key, new TreeMap<>(Map.of("unit", unit, "median", round(spread.median(), 2),
                    "repetitions", spread.values().stream().map(v -> round(v, 2)).toList())));
            return spread;
        }

        /** The window's cores by component, and each measured service's thread groups as notes, averaged over repetitions. */
        void cpu(String window, List<Stack.Usage> usages) {
            cpu.put(window, average(usages.stream().map(Stack.Usage::cores).toList()));
            usages.get(0).threads().keySet().forEach(service -> notes.add(window + ": " + service + " CPU by thread group (cores): "
                    + describe(average(usages.stream().map(usage -> usage.threads().get(service)).toList()))));
        }

        void row(String figure, String measured, String baseline, String ratio) {
            rows.add(new String[] {figure, measured, baseline, ratio, "", ""});
        }

        /** A target for the last row, what this run measured against it, and whether it reached it. */
        void target(String target, String measured, boolean reached) {
            String[] row = rows.get(rows.size() - 1);
            row[4] = target;
            row[5] = reached ? "**yes**" : "**no**";
            targets.add(new String[] {row[0] + ": " + target, measured, row[5]});
        }
    }

    /** The mean of each key over the repetitions' maps. */
    static Map<String, Double> average(List<Map<String, Double>> repetitions) {
        Map<String, Double> mean = new LinkedHashMap<>();
        repetitions.forEach(rep -> rep.forEach((key, value) -> mean.merge(key, value / repetitions.size(), Double::sum)));
        mean.replaceAll((key, value) -> round(value, 3));
        return mean;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String describe(Map<String, Double> cores) {
        return cores.entrySet().stream().map(e -> "`" + e.getKey() + "` " + e.getValue()).collect(Collectors.joining(", "));
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> json = new LinkedHashMap<>(header);
        Map<String, Object> scenarios = new LinkedHashMap<>();
        for (Section section : sections) {
            Map<String, Object> part = new LinkedHashMap<>(section.json());
            part.put("rows", section.rows().stream().map(List::of).toList());
            part.put("cpuCores", section.cpu());
            part.put("notes", section.notes());
            scenarios.put(section.key(), part);
        }
        json.put("scenarios", scenarios);
        json.put("targets", sections.stream().flatMap(section -> section.targets().stream()).map(target -> Map.of("target", target[0],
                "measured", target[1], "reached", target[2].contains("yes"))).toList());
        json.put("notMeasured", notMeasured);
        json.put("profile", profile);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("latest-results.json").toFile(), json);
        Files.writeString(directory.resolve("latest-results.md"), markdown());
    }

    @SuppressWarnings("unchecked")
    private String markdown() {
        Map<String, Object> machine = (Map<String, Object>) header.get("machine");
        StringBuilder md = new StringBuilder("# Benchmark results\n\nRun ").append(header.get("startedAt")).append(", ")
                .append(header.get("durationSeconds")).append(" s in all").append(Boolean.TRUE.equals(header.get("quick"))
                        ? " (**quick run: the figures are not representative**)" : "")
                .append(".\n\nMachine: ").append(machine.get("cores")).append(" cores (").append(machine.get("cpu"))
                .append("), ").append(machine.get("memoryGiB")).append(" GiB, ").append(machine.get("os"))
                .append("; load average at start ").append(machine.get("loadAverageAtStart")).append(".\nVersions: ")
                .append(header.get("versions")).append(".\n\nEach figure: median of 3 repetitions after a warm-up, the lowest and"
                        + " highest in brackets.\n\n| Figure | Measured | Baseline | Ratio | Target | Reached |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        sections.forEach(section -> section.rows().forEach(row -> md.append("| ").append(String.join(" | ", row)).append(" |\n")));
        notMeasured.forEach(line -> md.append("\nNot measured: ").append(line).append('\n'));
        md.append("\n## Targets\n\n| Target | Measured | Reached |\n| --- | --- | --- |\n");
        sections.forEach(section -> section.targets().forEach(target -> md.append("| ").append(String.join(" | ", target)).append(" |\n")));
        Set<String> components = new LinkedHashSet<>();
        sections.forEach(section -> section.cpu().values().forEach(cores -> components.addAll(cores.keySet())));
        md.append("\n## CPU used during the measurements (cores, from /proc; the machine has ").append(machine.get("cores"))
                .append(")\n\n| Window | ").append(String.join(" | ", components)).append(" |\n|")
                .append(" --- |".repeat(components.size() + 1)).append('\n');
        sections.forEach(section -> section.cpu().forEach((window, cores) -> md.append("| ").append(section.title()).append(", ")
                .append(window).append(" | ").append(components.stream().map(c -> cores.containsKey(c) ? number(cores.get(c), 2) : "")
                        .collect(Collectors.joining(" | "))).append(" |\n")));
        sections.stream().filter(section -> !section.notes().isEmpty()).forEach(section -> {
            md.append("\n### ").append(section.title()).append("\n\n");
            section.notes().forEach(note -> md.append("- ").append(note).append('\n'));
        });
        md.append(profileMarkdown == null ? "" : "\n" + profileMarkdown);
        return md.append("\nEvery repetition, and the profile's data: latest-results.json.\n").toString();
    }
}
