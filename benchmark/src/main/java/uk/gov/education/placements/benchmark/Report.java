package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes latest-results.json and latest-results.md. */
final class Report {

    private final Map<String, Object> header;
    private final List<ScenarioResult> scenarios;
    private final Map<String, Object> profile;
    private final List<String> notMeasured;

    Report(Map<String, Object> header, List<ScenarioResult> scenarios, Map<String, Object> profile, List<String> notMeasured) {
        this.header = header;
        this.scenarios = scenarios;
        this.profile = profile;
        this.notMeasured = notMeasured;
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> json = new LinkedHashMap<>(header);
        Map<String, Object> results = new LinkedHashMap<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        for (ScenarioResult scenario : scenarios) {
            results.put(scenario.key, scenario.json);
            for (ScenarioResult.Target target : scenario.targets) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("target", target.name());
                line.put("threshold", target.target());
                line.put("measured", target.measured());
                line.put("reached", target.reached());
                targets.add(line);
            }
        }
        json.put("targets", targets);
        json.put("scenarios", results);
        json.put("notMeasured", notMeasured);
        if (profile != null) {
            json.put("profile", profile);
        }
        Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("latest-results.json").toFile(), json);
        Files.writeString(directory.resolve("latest-results.md"), markdown());
    }

    @SuppressWarnings("unchecked")
    String markdown() {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) header.get("machine");
        Map<String, Object> versions = (Map<String, Object>) header.get("versions");
        md.append("# Benchmark results\n\n");
        md.append("Run ").append(header.get("startedAt")).append(", ").append(header.get("durationSeconds"))
                .append(" s in all").append(Boolean.TRUE.equals(header.get("quick")) ? " (**quick run: figures are not representative**)" : "")
                .append(".\n\n");
        md.append("Machine: ").append(machine.get("cores")).append(" cores (").append(machine.get("cpu")).append("), ")
                .append(machine.get("memoryGiB")).append(" GiB, ").append(machine.get("os"))
                .append("; load average at start ").append(machine.get("loadAverageAtStart")).append(".\n");
        md.append("Versions: ").append(versions.get("java")).append("; PostgreSQL ").append(versions.get("postgresql"))
                .append("; Kafka ").append(versions.get("kafka")).append("; Spring Boot ").append(versions.get("springBoot"))
                .append("; Axon ").append(versions.get("axon")).append(".\n\n");
        Object settings = versions.get("postgresqlSettings");
        if (settings instanceof Map<?, ?> pg) {
            md.append("PostgreSQL settings: ").append(pg).append(".\n");
            if ("off".equals(pg.get("fsync"))) {
                md.append("\n> **fsync is off** in the embedded PostgreSQL (zonky starts the postmaster with `-F`):"
                        + " commits do not wait for the disk, so every write figure here, the raw INSERT baselines"
                        + " included, is higher than a durable production database would allow.\n");
            }
            md.append('\n');
        }
        md.append("Each figure: median of 3 repetitions after a warm-up, with the lowest and highest repetition in brackets.\n\n");
        md.append("| Figure | Measured | Baseline | Ratio | Target | Reached |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        for (ScenarioResult scenario : scenarios) {
            for (ScenarioResult.Row row : scenario.rows) {
                md.append("| ").append(row.figure()).append(" | ").append(row.measured()).append(" | ")
                        .append(row.baseline()).append(" | ").append(row.ratio()).append(" | ").append(row.target())
                        .append(" | ").append(row.reached()).append(" |\n");
            }
        }
        md.append("\n## Targets\n\n| Target | Measured | Reached |\n| --- | --- | --- |\n");
        for (ScenarioResult scenario : scenarios) {
            for (ScenarioResult.Target target : scenario.targets) {
                md.append("| ").append(target.name()).append(" | ").append(target.measured()).append(" | ")
                        .append(ScenarioResult.yesNo(target.reached())).append(" |\n");
            }
        }
        if (!notMeasured.isEmpty()) {
            md.append("\nNot measured:\n\n");
            notMeasured.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        cpuTable(md);
        for (ScenarioResult scenario : scenarios) {
            if (!scenario.notes.isEmpty()) {
                md.append("\n### ").append(scenario.title).append("\n\n");
                scenario.notes.forEach(note -> md.append("- ").append(note).append('\n'));
            }
        }
        if (profile != null) {
            profileSection(md);
        }
        md.append("\nMethods, raw figures and every repetition: latest-results.json.\n");
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private void cpuTable(StringBuilder md) {
        Map<String, Map<String, Double>> windows = new LinkedHashMap<>();
        for (ScenarioResult scenario : scenarios) {
            collectCpu(scenario.title, scenario.json, windows);
        }
        if (windows.isEmpty()) {
            return;
        }
        Set<String> components = new LinkedHashSet<>();
        windows.values().forEach(w -> components.addAll(w.keySet()));
        md.append("\n## CPU used during the measurements (cores; the machine has ")
                .append(((Map<String, Object>) header.get("machine")).get("cores")).append(")\n\n| Window |");
        components.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n| --- |");
        components.forEach(c -> md.append(" --- |"));
        md.append('\n');
        windows.forEach((window, cores) -> {
            md.append("| ").append(window).append(" |");
            components.forEach(c -> md.append(' ').append(cores.containsKey(c) ? Format.number(cores.get(c), 2) : "").append(" |"));
            md.append('\n');
        });
    }

    @SuppressWarnings("unchecked")
    private static void collectCpu(String path, Map<String, Object> json, Map<String, Map<String, Double>> windows) {
        json.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                if (key.startsWith("cpu")) {
                    windows.put(path, (Map<String, Double>) map);
                } else {
                    collectCpu(path + ", " + key, (Map<String, Object>) map, windows);
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void profileSection(StringBuilder md) {
        md.append("\n## Profile (JFR, ").append(profile.get("recordedSeconds"))
                .append(" s of an extra command-throughput window at 8 clients after all measured scenarios, ")
                .append(profile.get("commandsPerSecondInProfiledWindow")).append(" commands/s in that window)\n");
        profile.forEach((service, value) -> {
            if (!(value instanceof Map<?, ?> raw)) {
                return;
            }
            Map<String, Object> summary = (Map<String, Object>) raw;
            if (summary.containsKey("error")) {
                md.append("\n").append(service).append(": ").append(summary.get("error")).append('\n');
                return;
            }
            md.append("\n### ").append(service).append(" (").append(summary.get("executionSamples"))
                    .append(" execution samples, ").append(summary.get("garbageCollections")).append(" GCs, ")
                    .append(summary.get("gcPauseMillis")).append(" ms GC pauses)\n\n");
            Object threads = summary.get("cpuCoresByThreadGroup");
            if (threads instanceof Map<?, ?> cores && !cores.isEmpty()) {
                List<String> parts = new ArrayList<>();
                cores.forEach((group, used) -> parts.add("`" + group + "` " + used));
                md.append("CPU by thread group (cores, from /proc): ").append(String.join(", ", parts)).append("\n\n");
            }
            md.append("Self time by library (JDK frames charged to their caller): ");
            md.append(inline((List<Map<String, Object>>) summary.get("selfTimeByLibrary"))).append("\n\n");
            md.append("Inclusive (samples with such a frame anywhere on the stack): ")
                    .append(inline((List<Map<String, Object>>) summary.get("inclusiveByActivity"))).append("\n\n");
            md.append("By thread pool: ").append(inline((List<Map<String, Object>>) summary.get("samplesByThreadPool")))
                    .append("\n\nHottest methods (self):\n\n| Method | % of samples |\n| --- | --- |\n");
            for (Map<String, Object> line : (List<Map<String, Object>>) summary.get("topSelfMethods")) {
                md.append("| `").append(line.get("name")).append("` | ").append(line.get("percent")).append(" |\n");
            }
        });
    }

    private static String inline(List<Map<String, Object>> lines) {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> line : lines) {
            parts.add(line.get("name") + " " + line.get("percent") + " %");
        }
        return String.join(", ", parts);
    }
}
