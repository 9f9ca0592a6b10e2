package uk.gov.education.placements.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;

import uk.gov.education.placements.localstack.Service;

/**
 * Scenario 1: closed-loop clients adding and changing contacts over HTTP, next to autocommit
 * single-row INSERTs at the same concurrency. Each client has fresh schools of its own, about four
 * commands each: no two clients touch one aggregate, and aggregates stay as short as real ones.
 */
final class CommandThroughput {

    static final List<Integer> CLIENTS = List.of(1, 4, 8);
    private static final int COMMANDS_PER_SCHOOL = 4;

    private final Context context;
    private double estimatedRate = 500;

    CommandThroughput(Context context) {
        this.context = context;
    }

    record Repetition(Context.Outcome outcome, Histogram latency, Stack.Usage cpu) {
    }

    void run(Results results) throws Exception {
        Results.Section section = results.section("commandThroughput", "Command throughput: add and change contacts over HTTP");
        try (var connection = context.stack.connect(Service.SCHOOL); var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_raw_insert");
            statement.execute("CREATE TABLE bench_raw_insert (id BIGSERIAL PRIMARY KEY, event_id VARCHAR(255) NOT NULL UNIQUE,"
                    + " aggregate_id VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, time_stamp VARCHAR(255) NOT NULL,"
                    + " payload BYTEA NOT NULL, UNIQUE (aggregate_id, sequence_number))");
        }
        Benchmark.log("Commands: warm-up (%d s at 8 clients)", context.seconds(30));
        estimatedRate = Math.max(50, measure(8, context.seconds(30), null).outcome().perSecond());
        rawInserts(8, 1);
        // Round the levels (1, 4, 8, 1, 4, 8, ...), so the JIT's progress and background noise fall on every level.
        Map<Integer, List<Repetition>> commands = new LinkedHashMap<>();
        Map<Integer, List<Double>> raw = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            for (int clients : CLIENTS) {
                Repetition rep = measure(clients, context.seconds(6), null);
                commands.computeIfAbsent(clients, c -> new ArrayList<>()).add(rep);
                raw.computeIfAbsent(clients, c -> new ArrayList<>()).add(rawInserts(clients, context.seconds(3)));
                Benchmark.log("Commands: %d client(s), repetition %d: %.0f/s, p50 %.1f ms, p99 %.1f ms; raw INSERT %.0f/s", clients,
                        i, rep.outcome().perSecond(), Results.ms(rep.latency(), 50), Results.ms(rep.latency(), 99), raw.get(clients).get(i - 1));
            }
        }
        commands.forEach((clients, reps) -> report(section, clients, reps, new Results.Spread(raw.get(clients))));
    }

    private static void report(Results.Section section, int clients, List<Repetition> reps, Results.Spread raw) {
        String level = clients + " client" + (clients == 1 ? "" : "s");
        Results.Spread rate = section.figure("commandsPerSecond " + level, "commands/s", reps, r -> r.outcome().perSecond());
        List<String> latency = Stream.of(50, 95, 99).map(percentile -> section.figure("latencyP" + percentile + " " + level, "ms",
                reps, r -> Results.ms(r.latency(), percentile)).format(1)).toList();
        section.figure("rawInsertTransactionsPerSecond " + level, "transactions/s", raw.values(), v -> v);
        section.json().put("errors " + level, reps.stream().mapToLong(r -> r.outcome().failed()).sum());
        double ratio = rate.median() / raw.median();
        section.row("Commands/s, " + level, rate.format(0), "raw INSERT tx/s: " + raw.format(0), Results.number(ratio * 100, 1) + " %");
        if (clients == 8) {
            section.target("≥ 40 % of raw", Results.number(ratio * 100, 1) + " %", ratio >= 0.40);
        }
        section.row("Command latency p50 / p95 / p99, " + level, String.join(" / ", latency) + " ms", "", "");
        section.cpu(level, reps.stream().map(Repetition::cpu).toList());
    }

    /** Onboards fresh schools for each client (untimed), waits for quiet, then runs the clients; a profiler records the window. */
    Repetition measure(int clients, long seconds, Profiler profiler) throws Exception {
        double expectedRate = estimatedRate * Math.min(1.0, clients / 4.0);
        int perClient = (int) Math.min(5000, Math.ceil(expectedRate * 1.3 * seconds / clients / COMMANDS_PER_SCHOOL) + 5);
        List<List<String>> pools = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            pools.add(Context.urns(perClient));
        }
        context.onboard(pools.stream().flatMap(List::stream).toList());
        context.awaitQuiet(Duration.ofSeconds(60));
        Histogram latency = Results.histogram();
        Stack.Window[] cpu = new Stack.Window[1];
        Context.Outcome outcome = Context.closedLoop(clients, seconds, client -> {
            List<String> pool = pools.get(client);
            int[] i = {0};
            return () -> {
                String urn = pool.get(i[0] % pool.size());
                boolean add = i[0]++ < pool.size();
                long sent = System.nanoTime();
                var response = context.http(add ? "POST" : "PUT", Service.SCHOOL, "/schools/" + urn + "/placement-contact",
                        Context.contact("Grace", "Hopper", Context.uniqueEmail()));
                if (response.status() == (add ? 201 : 200)) {
                    latency.recordValue(System.nanoTime() - sent);
                    return true;
                }
                Benchmark.log("  unexpected %d for %s %s: %s", response.status(), add ? "POST" : "PUT", urn, response.body());
                return false;
            };
        }, () -> {
            if (profiler != null) {
                profiler.start();
            }
            cpu[0] = context.stack.cpu(Service.SCHOOL);
        });
        Stack.Usage usage = cpu[0].stop();
        if (profiler != null) {
            profiler.stop();
        }
        if (outcome.failed() > outcome.done() / 100) {
            throw new IllegalStateException(outcome.failed() + " of " + (outcome.done() + outcome.failed()) + " commands failed");
        }
        return new Repetition(outcome, latency, usage);
    }

    /** Raw limit: each connection loops single-row INSERTs of an event-sized row, one transaction each, for the window. */
    private double rawInserts(int connections, long seconds) throws Exception {
        byte[] payload = "{\"schoolUrn\":\"1000000\",\"firstName\":\"Grace\",\"lastName\":\"Hopper\",\"email\":\"contact123456@bench.example\"}"
                .getBytes(StandardCharsets.UTF_8);
        List<Connection> opened = new CopyOnWriteArrayList<>();
        try {
            return Context.closedLoop(connections, seconds, c -> {
                Connection connection = context.stack.connect(Service.SCHOOL);
                opened.add(connection);
                var insert = connection.prepareStatement("INSERT INTO bench_raw_insert (event_id, aggregate_id, sequence_number,"
                        + " time_stamp, payload) VALUES (?, ?, ?, ?, ?)");
                String aggregate = UUID.randomUUID().toString();
                long[] sequence = {0};
                return () -> {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, aggregate);
                    insert.setLong(3, sequence[0]++);
                    insert.setString(4, Instant.now().toString());
                    insert.setBytes(5, payload);
                    return insert.executeUpdate() == 1;
                };
            }, () -> { }).perSecond();
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }
}
