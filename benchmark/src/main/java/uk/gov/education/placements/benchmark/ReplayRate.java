package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.localstack.Service;
import uk.gov.education.placements.providerview.history.EventHistoryRepository;
import uk.gov.education.placements.providerview.history.StoredEvent;
import uk.gov.education.placements.providerview.projection.AggregateKey;
import uk.gov.education.placements.providerview.projection.ReadModelProjection;
import uk.gov.education.placements.providerview.projection.ReadModelState;
import uk.gov.education.placements.providerview.query.Partnership;
import uk.gov.education.placements.providerview.query.PlacementContact;
import uk.gov.education.placements.providerview.query.PlacementView;
import uk.gov.education.placements.providerview.query.ReadModelRows;
import uk.gov.education.placements.providerview.query.SchoolView;

/**
 * Scenario 3b: events per second of a full provider-view replay (POST /admin/replays rebuilds
 * every read model from the event history into shadow tables and swaps them in), over a history
 * seeded through provider-view's own EventHistoryRepository on top of what the earlier scenarios left.
 */
record ReplayRate(Context context) {

    private static final int REPLAY_BATCH = 2000;

    /** Seconds from the POST to the first poll (every 50 ms) that shows it completed, the events it applied, its own rate. */
    record Replay(double seconds, long eventsApplied, Double reportedPerSecond) {
        double perSecond() {
            return eventsApplied / seconds;
        }
    }

    void run(Results results) throws Exception {
        Results.Section section = results.section("replay", "Provider-view replay of the full history");
        int schools = (context.quick ? 24_000 : 204_000) / Seed.EVENTS_PER_SCHOOL;
        long window = context.seconds(5);
        long seededAfter = context.count(Service.PROVIDER_VIEW, "SELECT coalesce(max(position), 0) FROM event_history");
        var dataSource = new SingleConnectionDataSource(context.stack.connect(Service.PROVIDER_VIEW), false);
        try (var statement = dataSource.getConnection().createStatement()) {
            Benchmark.log("Replay: seeding %,d history events", schools * Seed.EVENTS_PER_SCHOOL);
            long seeding = System.nanoTime();
            EventHistoryRepository history = Seed.history(dataSource);
            Seed.appendHistory(history, Seed.mixed(schools, Instant.parse("2025-09-01T08:00:00Z")), 5000);
            statement.execute("ANALYZE event_history");
            statement.execute("DROP TABLE IF EXISTS bench_raw_history");
            statement.execute("CREATE TABLE bench_raw_history (LIKE event_history INCLUDING INDEXES INCLUDING CONSTRAINTS)");
            section.json().put("seedingSeconds", Results.round((System.nanoTime() - seeding) / 1e9, 1));
            long historySize = context.count(Service.PROVIDER_VIEW, "SELECT count(*) FROM event_history");
            context.awaitQuiet(Duration.ofSeconds(60));
            replay();
            List<Replay> replays = new ArrayList<>();
            Stack.Usage cpu = null;
            for (int i = 1; i <= 3; i++) {
                Stack.Window replayWindow = context.stack.cpu(Service.PROVIDER_VIEW);
                replays.add(replay());
                cpu = replayWindow.stop();
                Benchmark.log("Replay: repetition %d: %,d events in %.1f s = %.0f events/s", i,
                        replays.get(i - 1).eventsApplied(), replays.get(i - 1).seconds(), replays.get(i - 1).perSecond());
            }
            List<Double> naive = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            naive(history, seededAfter, 1);
            for (int i = 1; i <= 3; i++) {
                naive.add(naive(history, seededAfter, window));
                try (var connection = context.stack.connect(Service.PROVIDER_VIEW)) {
                    raw.add(Seed.copyRows(connection, "SELECT * FROM event_history WHERE position > " + seededAfter
                            + " ORDER BY position", "bench_raw_history", REPLAY_BATCH, window * 2));
                }
                Benchmark.log("Replay baselines, repetition %d: naive %.0f events/s, raw batched INSERT %.0f rows/s", i,
                        naive.get(i - 1), raw.get(i - 1));
            }
            Results.Spread rate = section.figure("replayEventsPerSecond", "events/s", replays, Replay::perSecond);
            section.figure("replayWallSeconds", "s", replays, Replay::seconds);
            Results.Spread naiveRate = section.figure("naiveEventsPerSecond", "events/s", naive, r -> r);
            Results.Spread rawRate = section.figure("rawBatchedInsertRowsPerSecond", "rows/s", raw, r -> r);
            double naiveRatio = rate.median() / naiveRate.median();
            double rawRatio = rate.median() / rawRate.median();
            section.json().put("seededEvents", schools * Seed.EVENTS_PER_SCHOOL);
            section.json().put("historyEvents", historySize);
            section.json().put("eventsAppliedPerReplay", replays.stream().map(Replay::eventsApplied).toList());
            section.json().put("serviceReportedEventsPerSecond", replays.stream().map(Replay::reportedPerSecond).toList());
            section.row("Replay of " + Results.number(historySize, 0) + " events, events/s", rate.format(0),
                    "naive, 1 tx/event: " + naiveRate.format(0), Results.number(naiveRatio, 1) + "×");
            section.target("≥ 40×", Results.number(naiveRatio, 1) + "×", naiveRatio >= 40);
            section.row("Replay vs raw limit", rate.format(0), "raw batched INSERT rows/s: " + rawRate.format(0),
                    Results.number(rawRatio * 100, 1) + " %");
            section.target("≥ 70 % of raw", Results.number(rawRatio * 100, 1) + " %", rawRatio >= 0.70);
            section.cpu("last replay", List.of(cpu));
        } finally {
            dataSource.destroy();
        }
    }

    private Replay replay() throws IOException {
        long start = System.nanoTime();
        String location = context.http("POST", Service.PROVIDER_VIEW, "/admin/replays", null).expect(202, "POST /admin/replays")
                .location();
        while (System.nanoTime() - start < 120e9) {
            Context.sleep(50);
            JsonNode progress = context.http("GET", Service.PROVIDER_VIEW, location, null).expect(200, "GET " + location).json();
            if (progress.path("state").asText().equals("completed")) {
                return new Replay((System.nanoTime() - start) / 1e9, progress.path("eventsApplied").asLong(),
                        progress.path("eventsPerSecond").isNumber() ? progress.path("eventsPerSecond").asDouble() : null);
            }
            if (progress.path("state").asText().equals("failed")) {
                throw new IllegalStateException("The replay failed: " + progress);
            }
        }
        throw new IllegalStateException("The replay did not finish within 120 s");
    }

    /** Naive: the seeded history read back through EventHistoryRepository, one event per transaction, for the window. */
    private double naive(EventHistoryRepository history, long after, long seconds) throws Exception {
        try (var setup = context.stack.connect(Service.PROVIDER_VIEW)) {
            NaiveProjector.createTables(setup);
        }
        long start = System.nanoTime();
        long applied = 0;
        try (NaiveProjector projector = new NaiveProjector(context.stack.connect(Service.PROVIDER_VIEW))) {
            List<StoredEvent> page = history.read(after, Long.MAX_VALUE, 1000);
            for (int i = 0; i < page.size() && System.nanoTime() - start < seconds * 1_000_000_000L; i++, applied++) {
                projector.apply(EventHistoryRepository.envelope(page.get(i)));
                if (i == page.size() - 1) {
                    page = history.read(page.get(i).position(), Long.MAX_VALUE, 1000);
                    i = -1;
                }
            }
        }
        return applied / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * The naive replay: provider-view's own projection, one event per transaction, each row read and
     * written by a statement of its own (last sequence, row, upsert row, upsert sequence, commit), into
     * copies of provider-view's read-model tables; rows are read and details bound by provider-view's ReadModelRows.
     */
    static final class NaiveProjector implements ReadModelState, AutoCloseable {

        static final String PREFIX = "bench_naive_";
        private static final String SCHOOL = "urn, name, contact_first_name, contact_last_name, contact_email, version";

        private final Connection connection;
        /** Prepares each statement per call: the driver keeps its server-side statement once it has been used a few times. */
        private final JdbcTemplate jdbc;
        private final ReadModelProjection projection = new ReadModelProjection();

        NaiveProjector(Connection connection) throws SQLException {
            this.connection = connection;
            this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            connection.setAutoCommit(false);
        }

        /** (Re)creates empty copies of provider-view's read-model tables, with their keys and indexes. */
        static void createTables(Connection connection) throws SQLException {
            try (var statement = connection.createStatement()) {
                for (String table : List.of("school_view", "placement_view", "partnership_view", "applied_sequence")) {
                    statement.execute("DROP TABLE IF EXISTS " + PREFIX + table);
                    statement.execute("CREATE TABLE " + PREFIX + table + " (LIKE " + table + " INCLUDING ALL)");
                }
            }
        }

        void apply(EventEnvelope event) throws SQLException {
            projection.apply(event, this);
            connection.commit();
        }

        @Override
        public long lastSequence(AggregateKey aggregate) {
            return jdbc.query("SELECT last_sequence FROM " + PREFIX + "applied_sequence WHERE source = ? AND aggregate_id = ?",
                    (rows, i) -> rows.getLong(1), aggregate.source(), aggregate.aggregateId()).stream().findFirst().orElse(-1L);
        }

        @Override
        public void recordSequence(AggregateKey aggregate, long sequence) {
            jdbc.update(upsert("applied_sequence", "source, aggregate_id, last_sequence", 2), aggregate.source(),
                    aggregate.aggregateId(), sequence);
        }

        @Override
        public Optional<SchoolView> school(String urn) {
            return jdbc.query("SELECT " + SCHOOL + " FROM " + PREFIX + "school_view WHERE urn = ?",
                    (rows, i) -> ReadModelRows.school(rows), urn).stream().findFirst();
        }

        @Override
        public void putSchool(SchoolView school) {
            Optional<PlacementContact> contact = Optional.ofNullable(school.contact());
            jdbc.update(upsert("school_view", SCHOOL, 1), school.urn(), school.name(), contact.map(PlacementContact::firstName).orElse(null),
                    contact.map(PlacementContact::lastName).orElse(null), contact.map(PlacementContact::email).orElse(null),
                    school.version());
        }

        @Override
        public Optional<PlacementView> placement(UUID id) {
            return jdbc.query("SELECT " + ReadModelRows.PLACEMENT_COLUMNS + " FROM " + PREFIX + "placement_view WHERE id = ?",
                    (rows, i) -> ReadModelRows.placement(rows), id).stream().findFirst();
        }

        @Override
        public void putPlacement(PlacementView placement) {
            jdbc.update(upsert("placement_view", ReadModelRows.PLACEMENT_COLUMNS, 1), statement -> {
                statement.setObject(1, placement.id());
                statement.setString(2, placement.schoolUrn());
                int next = ReadModelRows.bindDetails(statement, 3, placement.details());
                statement.setString(next, placement.providerCode());
                statement.setLong(next + 1, placement.version());
            });
        }

        @Override
        public void removePlacement(UUID id) {
            jdbc.update("DELETE FROM " + PREFIX + "placement_view WHERE id = ?", id);
        }

        @Override
        public void addPartnership(Partnership partnership) {
            jdbc.update("INSERT INTO " + PREFIX + "partnership_view (school_urn, provider_code) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    partnership.schoolUrn(), partnership.providerCode());
        }

        @Override
        public void removePartnership(Partnership partnership) {
            jdbc.update("DELETE FROM " + PREFIX + "partnership_view WHERE school_urn = ? AND provider_code = ?",
                    partnership.schoolUrn(), partnership.providerCode());
        }

        /** An INSERT of the columns' values that UPDATEs all but the first {@code keys} of a row that has those. */
        private static String upsert(String table, String columns, int keys) {
            List<String> names = List.of(columns.split(", "));
            return "INSERT INTO " + PREFIX + table + " (" + columns + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?) ON CONFLICT ("
                    + String.join(", ", names.subList(0, keys)) + ") DO UPDATE SET " + names.subList(keys, names.size()).stream()
                    .map(name -> name + " = EXCLUDED." + name).collect(Collectors.joining(", "));
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }
}
