package uk.gov.education.placements.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scenario's figures: its JSON (for latest-results.json) and its lines of the Markdown table. */
final class ScenarioResult {

    /** A line of the results table. */
    record Row(String figure, String measured, String baseline, String ratio, String target, String reached) {
    }

    /** A project target and whether this run reached it. */
    record Target(String name, String target, String measured, boolean reached) {
    }

    final String key;
    final String title;
    final Map<String, Object> json = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    ScenarioResult(String key, String title) {
        this.key = key;
        this.title = title;
    }

    ScenarioResult row(String figure, String measured, String baseline, String ratio, String target, String reached) {
        rows.add(new Row(figure, measured, baseline, ratio, target, reached));
        return this;
    }

    ScenarioResult target(String name, String target, String measured, boolean reached) {
        targets.add(new Target(name, target, measured, reached));
        return this;
    }

    static Map<String, Object> spread(Spread spread, String unit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unit", unit);
        json.put("median", Format.round(spread.median(), 2));
        json.put("min", Format.round(spread.min(), 2));
        json.put("max", Format.round(spread.max(), 2));
        json.put("spreadPercent", spread.spreadPercent());
        json.put("repetitions", spread.values().stream().map(v -> Format.round(v, 2)).toList());
        return json;
    }

    static String yesNo(boolean reached) {
        return reached ? "**yes**" : "**no**";
    }
}
