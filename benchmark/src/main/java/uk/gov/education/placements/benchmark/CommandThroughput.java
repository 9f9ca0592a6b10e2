package uk.gov.education.placements.benchmark;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;

import uk.gov.education.placements.localstack.Service;

/**
 * Scenario 1: closed-loop clients adding and changing contacts over HTTP, next to autocommit
 * single-row INSERTs at the same concurrency, and next to the CRUD baseline ({@code CrudBaseline}:
 * the same checks, a row and an outbox row per change, no propagation) taking the same requests.
 * Each client has fresh schools of its own, about four commands each: no two clients touch one
 * aggregate, and aggregates stay as short as real ones. This system's CPU window lasts until both
 * outboxes and every consumer have caught up, so its CPU per command includes the propagation of
 * every change to both consumers.
 */
final class CommandThroughput {

    static final List<Integer> CLIENTS = List.of(1, 4, 8);
    private static final int COMMANDS_PER_SCHOOL = 4;
    /**
     * school-service's Tomcat request threads, as Linux names them: Java's name ("http-nio-127.0.0.1-8081-exec-3")
     * cut to 15 characters, digits as N.
     */
    static final String REQUEST_THREADS = "http-nio-";

    private final Context context;
    private final Map<Target, Double> estimatedRate = new EnumMap<>(Target.class);

    CommandThroughput(Context context) {
        this.context = context;
    }

    /** Who takes the commands. */
    enum Target { SYSTEM, CRUD_BASELINE }

    record Repetition(Context.Outcome outcome, Histogram latency, Stack.Usage cpu) {

        /** CPU milliseconds per accepted command of the components named, over the whole window. */
        double cpuMsPerCommand(Predicate<String> components) {
            return cpu.cores().entrySet().stream().filter(e -> !e.getKey().equals("total") && components.test(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum() * cpu.seconds() * 1000 / outcome.done();
        }

        /** The whole stack's: every component but the load generator and the CRUD baseline. */
        double stackCpuMsPerCommand() {
            return cpuMsPerCommand(c -> !c.equals(Stack.HARNESS) && !c.equals(CrudBaselineProcess.COMPONENT));
        }

        /** The CRUD baseline's: its JVM and PostgreSQL. */
        double baselineCpuMsPerCommand() {
            return cpuMsPerCommand(c -> c.equals(CrudBaselineProcess.COMPONENT) || c.equals("postgresql"));
        }

        double requestThreadsCpuMsPerCommand() {
            return cpu.threads().getOrDefault("school-service", Map.of()).entrySet().stream()
                    .filter(e -> e.getKey().startsWith(REQUEST_THREADS)).mapToDouble(Map.Entry::getValue).sum()
                    * cpu.seconds() * 1000 / outcome.done();
        }
    }

    void run(Results results) throws Exception {
        Results.Section section = results.section("commandThroughput", "Command throughput: add and change contacts over HTTP");
        try (var connection = context.stack.connect(Service.SCHOOL); var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_raw_insert");
            statement.execute("CREATE TABLE bench_raw_insert (id BIGSERIAL PRIMARY KEY, event_id VARCHAR(255) NOT NULL UNIQUE,"
                    + " aggregate_id VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, time_stamp VARCHAR(255) NOT NULL,"
                    + " payload BYTEA NOT NULL, UNIQUE (aggregate_id, sequence_number))");
        }
        try (CrudBaselineProcess baseline = CrudBaselineProcess.start(context)) {
            Map<Target, URI> servers = Map.of(Target.SYSTEM, context.stack.local.url(Service.SCHOOL),
                    Target.CRUD_BASELINE, baseline.url);
            // 60 s each: after 30 s, the JIT compiler threads of school-service still took a quarter of a core in the
            // measured windows (BENCHMARKS.md), and the first repetitions ran at half the rate of the last.
            Benchmark.log("Commands: warm-up (%d s at 8 clients, this system and the CRUD baseline)", context.seconds(60));
            for (Target target : Target.values()) {
                Repetition warmUp = measure(target, servers.get(target), 8, context.seconds(60), null);
                estimatedRate.put(target, Math.max(50, warmUp.outcome().perSecond()));
            }
            rawInserts(8, 1);
            // Round the levels (1, 4, 8, 1, 4, 8, ...), so the JIT's progress and background noise fall on every level.
            Map<Integer, List<Repetition>> commands = new LinkedHashMap<>();
            Map<Integer, List<Repetition>> crud = new LinkedHashMap<>();
            Map<Integer, List<Double>> raw = new LinkedHashMap<>();
            for (int i = 1; i <= 3; i++) {
                for (int clients : CLIENTS) {
                    Repetition rep = measure(Target.SYSTEM, servers.get(Target.SYSTEM), clients, context.seconds(6), null);
                    commands.computeIfAbsent(clients, c -> new ArrayList<>()).add(rep);
                    Repetition base = measure(Target.CRUD_BASELINE, servers.get(Target.CRUD_BASELINE), clients, context.seconds(6), null);
                    crud.computeIfAbsent(clients, c -> new ArrayList<>()).add(base);
                    raw.computeIfAbsent(clients, c -> new ArrayList<>()).add(rawInserts(clients, context.seconds(3)));
                    Benchmark.log("Commands: %d client(s), repetition %d: %.0f/s, p50 %.1f ms, p99 %.1f ms, %.2f ms CPU each;"
                            + " CRUD baseline %.0f/s, p50 %.1f ms, %.2f ms CPU each; raw INSERT %.0f/s", clients, i,
                            rep.outcome().perSecond(), Results.ms(rep.latency(), 50), Results.ms(rep.latency(), 99),
                            rep.stackCpuMsPerCommand(), base.outcome().perSecond(), Results.ms(base.latency(), 50),
                            base.baselineCpuMsPerCommand(), raw.get(clients).get(i - 1));
                }
            }
            commands.forEach((clients, reps) -> report(section, clients, reps, crud.get(clients),
                    new Results.Spread(raw.get(clients))));
        }
    }

    private static void report(Results.Section section, int clients, List<Repetition> reps, List<Repetition> crud,
                               Results.Spread raw) {
        String level = clients + " client" + (clients == 1 ? "" : "s");
        Results.Spread rate = section.figure("commandsPerSecond " + level, "commands/s", reps, r -> r.outcome().perSecond());
        List<Results.Spread> latency = Stream.of(50, 95, 99).map(percentile -> section.figure("latencyP" + percentile + " " + level,
                "ms", reps, r -> Results.ms(r.latency(), percentile))).toList();
        section.figure("rawInsertTransactionsPerSecond " + level, "transactions/s", raw.values(), v -> v);
        section.json().put("errors " + level, reps.stream().mapToLong(r -> r.outcome().failed()).sum());
        double ratio = rate.median() / raw.median();
        section.row("Commands/s, " + level, rate.format(0), "raw INSERT tx/s: " + raw.format(0), Results.number(ratio * 100, 1) + " %");
        if (clients == 8) {
            section.target("≥ 1,000/s", Results.number(rate.median(), 0) + "/s", rate.median() >= 1000);
        }
        Results.Spread crudRate = section.figure("crudBaselineCommandsPerSecond " + level, "commands/s", crud,
                r -> r.outcome().perSecond());
        double crudRatio = rate.median() / crudRate.median();
        section.row("Commands/s against the CRUD baseline, " + level, rate.format(0), "CRUD baseline: " + crudRate.format(0),
                Results.number(crudRatio * 100, 1) + " %");
        if (clients == 8) {
            section.target("≥ 60 % of the CRUD baseline", Results.number(crudRatio * 100, 1) + " %", crudRatio >= 0.60);
        }
        List<Results.Spread> crudLatency = Stream.of(50, 95, 99).map(percentile -> section.figure("crudBaselineLatencyP" + percentile
                + " " + level, "ms", crud, r -> Results.ms(r.latency(), percentile))).toList();
        section.row("Command latency p50 / p95 / p99, " + level, latency.stream().map(l -> l.format(1))
                .collect(Collectors.joining(" / ")) + " ms", "CRUD baseline: " + crudLatency.stream()
                .map(l -> l.format(1)).collect(Collectors.joining(" / ")) + " ms", "");
        if (clients == 8) {
            section.target("p99 ≤ 25 ms", Results.number(latency.get(2).median(), 1) + " ms", latency.get(2).median() <= 25);
        } else if (clients == 1) {
            section.target("p50 ≤ 3 ms", Results.number(latency.get(0).median(), 1) + " ms", latency.get(0).median() <= 3);
        }
        Results.Spread cpu = section.figure("stackCpuMsPerCommand " + level, "ms", reps, Repetition::stackCpuMsPerCommand);
        Results.Spread crudCpu = section.figure("crudBaselineCpuMsPerCommand " + level, "ms", crud,
                Repetition::baselineCpuMsPerCommand);
        section.row("CPU per accepted command, whole stack with propagation to both consumers, " + level, cpu.format(2) + " ms",
                "CRUD baseline and PostgreSQL: " + crudCpu.format(2) + " ms", Results.number(cpu.median() / crudCpu.median(), 1) + "×");
        if (clients == 8) {
            section.target("≤ 1.5 ms", Results.number(cpu.median(), 2) + " ms", cpu.median() <= 1.5);
        }
        Results.Spread requestThreads = section.figure("schoolRequestThreadsCpuMsPerCommand " + level, "ms", reps,
                Repetition::requestThreadsCpuMsPerCommand);
        section.row("CPU per accepted command, school-service's request threads, " + level, requestThreads.format(2) + " ms", "", "");
        if (clients == 8) {
            section.target("≤ 0.6 ms", Results.number(requestThreads.median(), 2) + " ms", requestThreads.median() <= 0.6);
        }
        section.cpu(level, reps.stream().map(Repetition::cpu).toList());
        section.cpu(level + ", CRUD baseline", crud.stream().map(Repetition::cpu).toList());
    }

    /** This system's rate at 8 clients for the profile: the baseline is not measured then. */
    Repetition measure(int clients, long seconds, Profiler profiler) throws Exception {
        return measure(Target.SYSTEM, context.stack.local.url(Service.SCHOOL), clients, seconds, profiler);
    }

    /**
     * Onboards fresh schools for each client (untimed), waits for quiet, then runs the clients; a
     * profiler records the window. This system's CPU window ends when everything accepted has
     * reached both consumers; the baseline's when its clients stop.
     */
    private Repetition measure(Target target, URI server, int clients, long seconds, Profiler profiler) throws Exception {
        double expectedRate = estimatedRate.getOrDefault(target, 500.0) * Math.min(1.0, clients / 4.0);
        int perClient = (int) Math.min(5000, Math.ceil(expectedRate * 1.3 * seconds / clients / COMMANDS_PER_SCHOOL) + 5);
        List<List<String>> pools = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            pools.add(Context.urns(perClient));
        }
        context.onboard(server, pools.stream().flatMap(List::stream).toList());
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
                var response = context.http(add ? "POST" : "PUT", server, "/schools/" + urn + "/placement-contact",
                        Context.contact("Grace", "Hopper", Context.uniqueEmail()));
                if (response.status() == (add ? 201 : 200)) {
                    latency.recordValue(System.nanoTime() - sent);
                    return true;
                }
                Benchmark.log("  unexpected %d for %s %s at %s: %s", response.status(), add ? "POST" : "PUT", urn, target,
                        response.body());
                return false;
            };
        }, () -> {
            if (profiler != null) {
                profiler.start();
            }
            // The thread groups only of this system's school-service: the baseline's windows leave it idle.
            cpu[0] = target == Target.SYSTEM ? context.stack.cpu(Service.SCHOOL) : context.stack.cpu();
        });
        if (target == Target.SYSTEM) {
            context.awaitQuiet(Duration.ofSeconds(60));
        }
        Stack.Usage usage = cpu[0].stop();
        if (profiler != null) {
            profiler.stop();
        }
        if (outcome.failed() > outcome.done() / 100) {
            throw new IllegalStateException(outcome.failed() + " of " + (outcome.done() + outcome.failed()) + " commands failed at "
                    + target);
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
