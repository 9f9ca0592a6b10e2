package uk.gov.education.placements.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import uk.gov.education.placements.localstack.Service;

/**
 * Scenario 1: adding and changing placement contacts over HTTP with 1, 4 and 8 closed-loop
 * clients, next to the raw limit: single-row INSERT transactions into the same PostgreSQL at the
 * same concurrency.
 *
 * <p>Each client works through schools of its own (no two clients touch one aggregate, so no
 * optimistic-lock conflicts): the first visit to a school adds its contact (POST), later visits
 * change it (PUT). Every repetition gets freshly onboarded schools, sized so that each receives
 * about four commands, so aggregates stay short as real ones do (a school changes its contact
 * rarely) and later repetitions do not pay for longer event streams.
 */
final class CommandThroughput {

    static final int[] CONCURRENCY = {1, 4, 8};
    private static final int COMMANDS_PER_SCHOOL = 4;

    private final Context context;
    private final long windowSeconds;
    private final long rawWindowSeconds;
    private final int repetitions;
    private double estimatedRate = 500;

    CommandThroughput(Context context) {
        this.context = context;
        this.windowSeconds = context.options.seconds(6);
        this.rawWindowSeconds = context.options.seconds(3);
        this.repetitions = 3;
    }

    /** One closed-loop repetition's outcome. */
    record Repetition(int clients, long commands, long errors, double seconds, long[] latencyNanos,
                      Map<String, Double> cpu, Map<String, Double> schoolServiceThreads) {

        double perSecond() {
            return commands / seconds;
        }
    }

    ScenarioResult run() {
        ScenarioResult result = new ScenarioResult("commandThroughput",
                "Command throughput: add and change contacts over HTTP");
        createRawTable();

        long warmUpSeconds = context.options.seconds(30);
        Context.log("Commands: warm-up (%d s at 8 clients)", warmUpSeconds);
        Repetition warmUp = measure(8, warmUpSeconds, null);
        estimatedRate = Math.max(50, warmUp.perSecond());
        Context.log("  warm-up: %.0f commands/s", warmUp.perSecond());
        rawInserts(8, 1);

        // Repetitions go round the levels (1, 4, 8, 1, 4, 8, ...), so the JIT's progress and any
        // background noise spread over every level instead of favouring the last.
        Map<Integer, List<Repetition>> commands = new LinkedHashMap<>();
        Map<Integer, List<Double>> raw = new LinkedHashMap<>();
        for (int clients : CONCURRENCY) {
            commands.put(clients, new ArrayList<>());
            raw.put(clients, new ArrayList<>());
        }
        for (int i = 1; i <= repetitions; i++) {
            for (int clients : CONCURRENCY) {
                Repetition rep = measure(clients, windowSeconds, null);
                commands.get(clients).add(rep);
                Stats.Latencies latencies = Stats.Latencies.ofNanos(rep.latencyNanos());
                Context.log("Commands: %d client(s), repetition %d: %.0f commands/s, p50 %.1f ms, p99 %.1f ms%s",
                        clients, i, rep.perSecond(), latencies.p50(), latencies.p99(),
                        rep.errors() > 0 ? ", " + rep.errors() + " errors" : "");
                double rawRate = rawInserts(clients, rawWindowSeconds);
                raw.get(clients).add(rawRate);
                Context.log("Raw INSERT: %d connection(s), repetition %d: %.0f transactions/s", clients, i, rawRate);
            }
        }

        report(result, commands, raw);
        return result;
    }

    /**
     * One extra, uncounted window at 8 clients recorded with JFR's profiling settings, after every
     * measured scenario (see {@link Profiler#prepare()} for why JFR itself was started before them).
     */
    double profile(Profiler profiler) {
        long profileSeconds = context.options.seconds(10);
        Context.log("Profile: JFR during %d s of the command scenario at 8 clients (not counted)", profileSeconds);
        Repetition profiled = measure(8, profileSeconds, profiler);
        Context.log("  profiled window: %.0f commands/s", profiled.perSecond());
        return profiled.perSecond();
    }

    private void report(ScenarioResult result, Map<Integer, List<Repetition>> commands, Map<Integer, List<Double>> raw) {
        Map<String, Object> levels = new LinkedHashMap<>();
        for (int clients : CONCURRENCY) {
            List<Repetition> reps = commands.get(clients);
            Spread rate = Spread.of(reps, Repetition::perSecond);
            List<Stats.Latencies> latencies = reps.stream().map(r -> Stats.Latencies.ofNanos(r.latencyNanos())).toList();
            Spread p50 = Spread.of(latencies, Stats.Latencies::p50);
            Spread p95 = Spread.of(latencies, Stats.Latencies::p95);
            Spread p99 = Spread.of(latencies, Stats.Latencies::p99);
            Spread rawRate = Spread.of(raw.get(clients));
            double ratio = rate.median() / rawRate.median();

            Map<String, Object> level = new LinkedHashMap<>();
            level.put("clients", clients);
            level.put("commandsPerSecond", ScenarioResult.spread(rate, "commands/s"));
            level.put("latencyP50", ScenarioResult.spread(p50, "ms"));
            level.put("latencyP95", ScenarioResult.spread(p95, "ms"));
            level.put("latencyP99", ScenarioResult.spread(p99, "ms"));
            level.put("commandsPerRepetition", reps.stream().map(Repetition::commands).toList());
            level.put("errors", reps.stream().mapToLong(Repetition::errors).sum());
            level.put("baselineRawInsertTransactionsPerSecond", ScenarioResult.spread(rawRate, "transactions/s"));
            level.put("ratioToRawInsert", Format.round(ratio, 3));
            level.put("cpuCoresDuringCommands", averageCpu(reps));
            level.put("schoolServiceCoresByThreadGroup", averageThreads(reps));
            levels.put(clients + (clients == 1 ? " client" : " clients"), level);

            result.row("Commands/s, " + clients + (clients == 1 ? " client" : " clients"),
                    rate.format(0), "raw INSERT tx/s: " + rawRate.format(0),
                    Format.number(ratio * 100, 1) + " %",
                    clients == 8 ? "≥ 40 % of raw" : "", clients == 8 ? ScenarioResult.yesNo(ratio >= 0.40) : "");
            result.row("Command latency p50 / p95 / p99, " + clients + (clients == 1 ? " client" : " clients"),
                    p50.format(1) + " / " + p95.format(1) + " / " + p99.format(1) + " ms", "", "", "", "");
            List<String> threadParts = new ArrayList<>();
            averageThreads(reps).forEach((group, cores) -> threadParts.add("`" + group + "` " + cores));
            result.notes.add(clients + (clients == 1 ? " client" : " clients") + ": school-service CPU by thread group"
                    + " (cores, from /proc): " + String.join(", ", threadParts));
            if (clients == 8) {
                result.target("Command throughput at 8 clients ≥ 40 % of raw single-row INSERT rate at 8",
                        "≥ 40 %", Format.number(ratio * 100, 1) + " % (" + Format.number(rate.median(), 0) + " vs "
                                + Format.number(rawRate.median(), 0) + "/s)", ratio >= 0.40);
            }
        }
        result.json.put("method", "Closed loop: each client sends its next command as soon as the previous answers."
                + " Per school: first a POST (add contact), then PUTs (change contact) without If-Match;"
                + " fresh schools every repetition, about " + COMMANDS_PER_SCHOOL + " commands each."
                + " Raw baseline: the same number of connections, each looping autocommit single-row INSERTs"
                + " of an event-sized row (bytea payload, primary key and two unique indexes, like DomainEventEntry)"
                + " into a table of the same school_service database.");
        result.json.put("windowSeconds", windowSeconds);
        result.json.put("rawWindowSeconds", rawWindowSeconds);
        result.json.put("levels", levels);
    }

    private static Map<String, Double> averageThreads(List<Repetition> reps) {
        Map<String, Double> sum = new java.util.TreeMap<>();
        for (Repetition rep : reps) {
            rep.schoolServiceThreads().forEach((k, v) -> sum.merge(k, v, Double::sum));
        }
        Map<String, Double> sorted = new LinkedHashMap<>();
        sum.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), Format.round(e.getValue() / reps.size(), 3)));
        return sorted;
    }

    private static Map<String, Double> averageCpu(List<Repetition> reps) {
        Map<String, Double> sum = new LinkedHashMap<>();
        for (Repetition rep : reps) {
            rep.cpu().forEach((k, v) -> sum.merge(k, v, Double::sum));
        }
        sum.replaceAll((k, v) -> Format.round(v / reps.size(), 2));
        return sum;
    }

    /**
     * Onboards fresh schools for each client (not timed), waits for quiet, then runs the clients for
     * the window; a profiler, if given, records exactly the window.
     */
    Repetition measure(int clients, long seconds, Profiler profiler) {
        double expectedRate = estimatedRate * Math.min(1.0, clients / 4.0);
        int perClient = (int) Math.min(5000, Math.ceil(expectedRate * 1.3 * seconds / clients / COMMANDS_PER_SCHOOL) + 5);
        List<List<String>> pools = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<String> pool = Urns.next(perClient);
            pools.add(pool);
            all.addAll(pool);
        }
        Schools.onboard(context, all);
        context.awaitQuiet(Duration.ofSeconds(60));

        ExecutorService threads = Executors.newFixedThreadPool(clients, Threads.named("bench-client"));
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> outcomes = new ArrayList<>();
        long[] startHolder = new long[1];
        for (int c = 0; c < clients; c++) {
            List<String> pool = pools.get(c);
            outcomes.add(threads.submit(() -> client(pool, ready, go, startHolder, seconds)));
        }
        try {
            ready.await();
            if (profiler != null) {
                profiler.start();
            }
            var cpu = context.cpu.start();
            long schoolPid = context.stack.pid(uk.gov.education.placements.localstack.Service.SCHOOL);
            Map<String, Double> threadsBefore = Proc.cpuSecondsByThreadGroup(schoolPid);
            startHolder[0] = System.nanoTime();
            go.countDown();
            long commands = 0;
            long errors = 0;
            long lastFinish = 0;
            List<long[]> latencies = new ArrayList<>();
            for (Future<long[]> outcome : outcomes) {
                long[] samples = outcome.get();
                // Layout: [finishNanos, errors, latency...]
                lastFinish = Math.max(lastFinish, samples[0]);
                errors += samples[1];
                commands += samples.length - 2;
                latencies.add(samples);
            }
            Map<String, Double> cores = cpu.stop();
            double windowSeconds = (System.nanoTime() - startHolder[0]) / 1e9;
            Map<String, Double> threadCores = new LinkedHashMap<>();
            Proc.cpuSecondsByThreadGroup(schoolPid).forEach((group, seconds2) -> {
                double used = (seconds2 - threadsBefore.getOrDefault(group, 0.0)) / windowSeconds;
                if (used >= 0.005) {
                    threadCores.put(group, Format.round(used, 3));
                }
            });
            if (profiler != null) {
                profiler.stop();
            }
            long[] all2 = new long[(int) commands];
            int at = 0;
            for (long[] samples : latencies) {
                System.arraycopy(samples, 2, all2, at, samples.length - 2);
                at += samples.length - 2;
            }
            double elapsed = (lastFinish - startHolder[0]) / 1e9;
            if (errors > commands / 100) {
                throw new IllegalStateException(errors + " of " + (commands + errors) + " commands failed");
            }
            return new Repetition(clients, commands, errors, elapsed, all2, cores, threadCores);
        } catch (Exception e) {
            throw new IllegalStateException("Command clients failed: " + e.getMessage(), e);
        } finally {
            threads.shutdownNow();
        }
    }

    private long[] client(List<String> pool, CountDownLatch ready, CountDownLatch go, long[] start, long seconds)
            throws InterruptedException {
        LongList latencies = new LongList();
        long errors = 0;
        ready.countDown();
        go.await();
        long deadline = start[0] + Duration.ofSeconds(seconds).toNanos();
        int i = 0;
        long now = System.nanoTime();
        while (now < deadline) {
            String urn = pool.get(i % pool.size());
            boolean firstVisit = i < pool.size();
            String body = Http.contactJson("Grace", "Hopper", Schools.uniqueEmail());
            var uri = context.school("/schools/" + urn + "/placement-contact");
            long sent = System.nanoTime();
            Http.Response response = firstVisit ? context.http.post(uri, body) : context.http.put(uri, body);
            now = System.nanoTime();
            if (response.status() == (firstVisit ? 201 : 200)) {
                latencies.add(now - sent);
            } else {
                errors++;
                if (errors <= 3) {
                    Context.log("  unexpected %d for %s %s: %s", response.status(), firstVisit ? "POST" : "PUT", urn,
                            response.body());
                }
            }
            i++;
        }
        long[] samples = latencies.toArray();
        long[] out = new long[samples.length + 2];
        out[0] = now;
        out[1] = errors;
        System.arraycopy(samples, 0, out, 2, samples.length);
        return out;
    }

    private void createRawTable() {
        try (Connection connection = context.stack.connect(Service.SCHOOL); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_raw_insert");
            statement.execute("CREATE TABLE bench_raw_insert ("
                    + " id BIGSERIAL PRIMARY KEY,"
                    + " event_id VARCHAR(255) NOT NULL UNIQUE,"
                    + " aggregate_id VARCHAR(255) NOT NULL,"
                    + " sequence_number BIGINT NOT NULL,"
                    + " time_stamp VARCHAR(255) NOT NULL,"
                    + " payload BYTEA NOT NULL,"
                    + " UNIQUE (aggregate_id, sequence_number))");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the raw INSERT table", e);
        }
    }

    /** Raw limit: each connection loops single-row INSERTs, one transaction each (autocommit), for the window. */
    double rawInserts(int connections, long seconds) {
        byte[] payload = ("{\"schoolUrn\":\"1000000\",\"firstName\":\"Grace\",\"lastName\":\"Hopper\","
                + "\"email\":\"contact123456@bench.example\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ExecutorService threads = Executors.newFixedThreadPool(connections, Threads.named("bench-raw"));
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        long[] start = new long[1];
        List<Future<long[]>> outcomes = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            outcomes.add(threads.submit(() -> {
                try (Connection connection = context.stack.connect(Service.SCHOOL);
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_raw_insert"
                             + " (event_id, aggregate_id, sequence_number, time_stamp, payload) VALUES (?, ?, ?, ?, ?)")) {
                    String aggregate = UUID.randomUUID().toString();
                    ready.countDown();
                    go.await();
                    long deadline = start[0] + Duration.ofSeconds(seconds).toNanos();
                    long count = 0;
                    long now = System.nanoTime();
                    while (now < deadline) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, aggregate);
                        insert.setLong(3, count);
                        insert.setString(4, java.time.Instant.now().toString());
                        insert.setBytes(5, payload);
                        insert.executeUpdate();
                        count++;
                        now = System.nanoTime();
                    }
                    return new long[] {count, now};
                }
            }));
        }
        try {
            ready.await();
            start[0] = System.nanoTime();
            go.countDown();
            long total = 0;
            long last = 0;
            for (Future<long[]> outcome : outcomes) {
                long[] r = outcome.get();
                total += r[0];
                last = Math.max(last, r[1]);
            }
            return total / ((last - start[0]) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("Raw INSERT loop failed: " + e.getMessage(), e);
        } finally {
            threads.shutdownNow();
        }
    }
}
