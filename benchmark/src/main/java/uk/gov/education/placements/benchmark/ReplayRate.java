package uk.gov.education.placements.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.localstack.Service;

/**
 * Scenario 3b: events per second of a full provider-view replay (POST /admin/replays, which
 * rebuilds every read model from the service's event history into shadow tables and swaps them
 * in).
 *
 * <p>The history is seeded directly in provider-view's event_history table, in its exact row
 * format, with a mixed history of {@value History#EVENTS_PER_SCHOOL} events per school from both
 * write services (see {@link History#mixed}), on top of whatever earlier scenarios left there.
 * The replay's rate is its events applied divided by the wall time from the POST to the first
 * poll (every 50 ms) that shows it completed, shadow-table creation and swap included.
 *
 * <p>Naive baseline: the same history applied one event per transaction ({@link NaiveProjector}),
 * for a fixed window. Raw limit: batched INSERT of the same seeded rows into a copy of
 * event_history (same columns and indexes), 2,000 rows per transaction like the replay's batches.
 */
final class ReplayRate {

    private static final int REPLAY_BATCH = 2000;
    private static final Duration REPLAY_LIMIT = Duration.ofSeconds(120);

    private final Context context;
    private final int events;
    private final long baselineWindowSeconds;

    ReplayRate(Context context) {
        this.context = context;
        this.events = context.options.replayEvents();
        this.baselineWindowSeconds = context.options.seconds(5);
    }

    record Replay(double wallSeconds, long eventsApplied, Double serviceEventsPerSecond) {
        double perSecond() {
            return eventsApplied / wallSeconds;
        }
    }

    ScenarioResult run() throws Exception {
        ScenarioResult result = new ScenarioResult("replay", "Provider-view replay of the full history");
        int schools = (events + History.EVENTS_PER_SCHOOL - 1) / History.EVENTS_PER_SCHOOL;
        Context.log("Replay: generating and seeding %,d history events (%,d schools)", schools * History.EVENTS_PER_SCHOOL, schools);
        List<Serialized> seeded = Serialized.all(History.mixed(schools, Instant.parse("2025-09-01T08:00:00Z")));
        long seededAfter = context.count(Service.PROVIDER_VIEW, "SELECT coalesce(max(position), 0) FROM event_history");
        long seedStart = System.nanoTime();
        try (Connection connection = context.stack.connect(Service.PROVIDER_VIEW)) {
            HistoryRows.insert(connection, "event_history", seeded, 5000, false, Long.MAX_VALUE);
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE event_history");
            }
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long historySize = context.count(Service.PROVIDER_VIEW, "SELECT count(*) FROM event_history");
        Context.log("  seeded in %.1f s; the history now holds %,d events", seedSeconds, historySize);
        context.awaitQuiet(Duration.ofSeconds(60));

        Context.log("Replay: warm-up replay");
        Replay warmUp = replay();
        Context.log("  warm-up: %,d events in %.1f s = %.0f events/s", warmUp.eventsApplied(), warmUp.wallSeconds(), warmUp.perSecond());
        List<Replay> replays = new ArrayList<>();
        Map<String, Double> cpu = Map.of();
        Map<String, Double> threads = Map.of();
        for (int i = 1; i <= 3; i++) {
            var window = context.cpu.start();
            ThreadCpu threadWindow = ThreadCpu.start(context.stack.pid(Service.PROVIDER_VIEW));
            Replay replay = replay();
            cpu = window.stop();
            threads = threadWindow.stop();
            replays.add(replay);
            Context.log("Replay: repetition %d: %,d events in %.1f s = %.0f events/s (service reports %s)", i,
                    replay.eventsApplied(), replay.wallSeconds(), replay.perSecond(), replay.serviceEventsPerSecond());
        }

        List<Double> naive = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        try (Connection connection = context.stack.connect(Service.PROVIDER_VIEW)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_raw_history");
                statement.execute("CREATE TABLE bench_raw_history (LIKE event_history INCLUDING INDEXES INCLUDING CONSTRAINTS)");
            }
        }
        naive(seededAfter, 1);
        for (int i = 1; i <= 3; i++) {
            naive.add(naive(seededAfter, baselineWindowSeconds));
            raw.add(raw(seeded));
            Context.log("Replay baselines, repetition %d: naive %.0f events/s, raw batched INSERT %.0f rows/s", i,
                    naive.get(i - 1), raw.get(i - 1));
        }

        Spread rate = Spread.of(replays, Replay::perSecond);
        Spread naiveRate = Spread.of(naive);
        Spread rawRate = Spread.of(raw);
        double naiveRatio = rate.median() / naiveRate.median();
        double rawRatio = rate.median() / rawRate.median();
        result.json.put("method", "Seed provider-view's event_history with " + seeded.size() + " events ("
                + History.EVENTS_PER_SCHOOL + " per school: onboarded, contact added and changed 4 times, a partnership,"
                + " two placements created and updated, one assigned) in its exact row format, then POST /admin/replays"
                + " and poll GET /admin/replays/{id} every 50 ms until completed; rate = eventsApplied / wall time from"
                + " the POST. Naive: the seeded history from its first event, one transaction per event (read last sequence, read row, upsert"
                + " row, upsert sequence, commit), into copies of the read-model tables, for " + baselineWindowSeconds
                + " s. Raw: batched INSERT of the same seeded rows into a copy of event_history (same columns and"
                + " indexes), " + REPLAY_BATCH + " rows per transaction, for up to " + (baselineWindowSeconds * 2) + " s.");
        result.json.put("seededEvents", seeded.size());
        result.json.put("historyEvents", historySize);
        result.json.put("seedingSeconds", Format.round(seedSeconds, 1));
        result.json.put("replayEventsPerSecond", ScenarioResult.spread(rate, "events/s"));
        result.json.put("replayWallSeconds", ScenarioResult.spread(Spread.of(replays, Replay::wallSeconds), "s"));
        result.json.put("eventsAppliedPerReplay", replays.stream().map(Replay::eventsApplied).toList());
        result.json.put("serviceReportedEventsPerSecond", replays.stream().map(Replay::serviceEventsPerSecond).toList());
        result.json.put("baselineNaiveEventsPerSecond", ScenarioResult.spread(naiveRate, "events/s"));
        result.json.put("ratioToNaive", Format.round(naiveRatio, 1));
        result.json.put("rawBatchedInsertRowsPerSecond", ScenarioResult.spread(rawRate, "rows/s"));
        result.json.put("ratioToRawInsert", Format.round(rawRatio, 3));
        result.json.put("cpuCoresDuringLastReplay", cpu);
        result.json.put("providerViewCoresByThreadGroup", threads);
        result.notes.add("Last replay: provider-view-service CPU by thread group (cores, from /proc): " + ThreadCpu.describe(threads));

        result.row("Replay of " + String.format("%,d", historySize) + " events, events/s", rate.format(0),
                "naive, 1 tx/event: " + naiveRate.format(0), Format.number(naiveRatio, 1) + "×", "≥ 25×",
                ScenarioResult.yesNo(naiveRatio >= 25));
        result.row("Replay vs raw limit", rate.format(0), "raw batched INSERT rows/s: " + rawRate.format(0),
                Format.number(rawRatio * 100, 1) + " %", "≥ 30 % of raw", ScenarioResult.yesNo(rawRatio >= 0.30));
        result.target("Replay ≥ 25 × the naive baseline", "≥ 25×", Format.number(naiveRatio, 1) + "×", naiveRatio >= 25);
        result.target("Replay ≥ 30 % of the raw batched INSERT rate", "≥ 30 %", Format.number(rawRatio * 100, 1) + " %",
                rawRatio >= 0.30);
        return result;
    }

    private Replay replay() {
        long start = System.nanoTime();
        Http.Response started = context.http.postEmpty(context.providerView("/admin/replays"));
        // provider-view reports a replay completed a moment before it releases the replay lock, so a
        // replay requested right after the previous one finished can be refused as still running.
        for (int attempt = 0; started.status() == 409 && attempt < 100; attempt++) {
            Context.sleep(50);
            start = System.nanoTime();
            started = context.http.postEmpty(context.providerView("/admin/replays"));
        }
        if (started.status() != 202) {
            throw new IllegalStateException("POST /admin/replays answered " + started.status() + " " + started.body());
        }
        String location = started.location() != null ? started.location() : "/admin/replays/" + started.json().path("id").asText();
        long deadline = start + REPLAY_LIMIT.toNanos();
        while (true) {
            Context.sleep(50);
            JsonNode progress = context.http.get(context.providerView(location)).expect(200, "GET " + location).json();
            String state = progress.path("state").asText();
            if (state.equals("completed")) {
                double wall = (System.nanoTime() - start) / 1e9;
                JsonNode reported = progress.path("eventsPerSecond");
                return new Replay(wall, progress.path("eventsApplied").asLong(), reported.isNumber() ? reported.asDouble() : null);
            }
            if (state.equals("failed")) {
                throw new IllegalStateException("The replay failed: " + progress);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The replay did not finish within " + REPLAY_LIMIT + ": " + progress);
            }
        }
    }

    /** Applies the seeded part of the history from its start, one event per transaction, for the window. */
    private double naive(long after, long seconds) throws SQLException {
        try (Connection setup = context.stack.connect(Service.PROVIDER_VIEW)) {
            NaiveProjector.createTables(setup);
        }
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        long applied = 0;
        try (Connection reader = context.stack.connect(Service.PROVIDER_VIEW);
             NaiveProjector projector = new NaiveProjector(context.stack.connect(Service.PROVIDER_VIEW));
             PreparedStatement page = reader.prepareStatement("SELECT position, type, source, aggregate_id,"
                     + " aggregate_sequence, data FROM event_history WHERE position > ? ORDER BY position LIMIT 1000")) {
            long position = after;
            while (System.nanoTime() < deadline) {
                page.setLong(1, position);
                int read = 0;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next() && System.nanoTime() < deadline) {
                        position = rows.getLong(1);
                        projector.apply(rows.getString(2), rows.getString(3), rows.getString(4), rows.getLong(5),
                                rows.getString(6));
                        applied++;
                        read++;
                    }
                }
                if (read == 0) {
                    break;
                }
            }
        }
        return applied / ((System.nanoTime() - start) / 1e9);
    }

    private double raw(List<Serialized> rows) throws SQLException {
        try (Connection connection = context.stack.connect(Service.PROVIDER_VIEW)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE bench_raw_history");
            }
            long start = System.nanoTime();
            long inserted = HistoryRows.insert(connection, "bench_raw_history", rows, REPLAY_BATCH, true,
                    start + Duration.ofSeconds(baselineWindowSeconds * 2).toNanos());
            return inserted / ((System.nanoTime() - start) / 1e9);
        }
    }
}
