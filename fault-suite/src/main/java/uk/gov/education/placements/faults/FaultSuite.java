package uk.gov.education.placements.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import uk.gov.education.placements.faults.FaultCase.Fault;
import uk.gov.education.placements.faults.Invariants.Verdict;
import uk.gov.education.placements.localstack.Service;

/**
 * {@code ./run-fault-suite}: starts the topology, runs the load, injects each case's fault under
 * it, and after each checks the invariants (see {@link Invariants}); a breach fails the suite and
 * names its case. Writes {@code fault-suite/results/latest-results.md} (every case) or
 * {@code latest-quick-results.md} ({@code --quick}); a run of chosen cases only prints.
 *
 * <pre>
 *   --quick            the subset .ci/run runs (RELIABILITY.md says which and why)
 *   --case=a,b         only these cases (by name; --list shows them)
 *   --list             print the cases and exit
 *   --keep-data        keep the data folder (PostgreSQL, Kafka, every instance's log) after the run
 * </pre>
 */
public final class FaultSuite {

    static final int SCHOOLS = 240;
    static final int WORKERS = 8;
    static final double COMMANDS_PER_SECOND = 30;
    static final Duration LOAD_BEFORE = Duration.ofSeconds(6);
    static final Duration DRAIN = Duration.ofMinutes(4);
    static final Duration REPLAY = Duration.ofMinutes(3);
    /** How long a drained topology may show the same breaches before the suite stops waiting for them to mend. */
    static final Duration SETTLED = Duration.ofSeconds(30);

    record Result(FaultCase faultCase, Fault fault, Verdict verdict, double recoverySeconds, long accepted, long sent,
                  long storedDuring, long deadLetteredDuring, List<String> breaches) {

        boolean passed() {
            return breaches.isEmpty();
        }
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        List<FaultCase> all = Cases.all();
        if (arguments.contains("--list")) {
            all.forEach(c -> System.out.printf("%-40s %s%s%n", c.name(), c.fault(), c.quick() ? "  [quick]" : ""));
            return;
        }
        List<FaultCase> chosen = choose(all, arguments);
        Path root = projectRoot();
        Path data = root.resolve("fault-suite").resolve("target").resolve("fault-run");
        deleteRecursively(data);
        long began = System.nanoTime();
        System.out.printf("Fault suite: %d case(s): %s%n", chosen.size(), chosen.stream().map(FaultCase::name).toList());
        System.out.println("Starting PostgreSQL, Kafka and two instances of each service (data in " + data + ") ...");
        List<Result> results = new ArrayList<>();
        int exit;
        try (Topology topology = new Topology(root, data, System.out)) {
            Runtime.getRuntime().addShutdownHook(new Thread(topology::close, "fault-suite-stop"));
            topology.start();
            System.out.printf("Topology ready in %.1f s:%n", (System.nanoTime() - began) / 1e9);
            topology.describe().forEach(System.out::println);
            results.addAll(new FaultSuite(topology).run(chosen));
            exit = results.stream().allMatch(Result::passed) ? 0 : 1;
        }
        double minutes = (System.nanoTime() - began) / 60e9;
        boolean quick = arguments.contains("--quick");
        boolean everyCase = chosen.size() == all.size();
        if (quick || everyCase) {
            Report.write(root.resolve("fault-suite").resolve("results")
                    .resolve(quick ? "latest-quick-results.md" : "latest-results.md"), results, minutes, quick);
        }
        if (!arguments.contains("--keep-data")) {
            deleteRecursively(data);
        }
        long passed = results.stream().filter(Result::passed).count();
        System.out.println(Report.table(results));
        results.stream().filter(r -> !r.passed()).forEach(r -> {
            System.out.println("FAILED " + r.faultCase().name() + ":");
            r.breaches().forEach(b -> System.out.println("  - " + b));
        });
        System.out.printf("Fault suite finished in %.1f min.%n", minutes);
        System.out.printf("%d passed, %d failed%n", passed, results.size() - passed);
        System.exit(exit);
    }


    private final Topology topology;
    private final Context context;
    private final Http http;
    private long deadLettered;
    private long stored;

    private FaultSuite(Topology topology) {
        this.topology = topology;
        this.http = new Http(topology.identity().tokens().support("fault-suite"));
        Ledger ledger = new Ledger();
        Poison poison = new Poison(topology.bootstrapServers());
        List<String> urns = IntStream.range(0, SCHOOLS).mapToObj(i -> String.valueOf(200_000 + i)).toList();
        Load load = new Load(topology, http, ledger, urns, WORKERS, COMMANDS_PER_SECOND);
        Invariants invariants = new Invariants(topology, ledger, new DeadLetters(topology.bootstrapServers(), poison), http);
        this.context = new Context(topology, load, http, ledger, poison, invariants);
    }

    private List<Result> run(List<FaultCase> cases) {
        long seeding = System.nanoTime();
        context.load.seed(16);
        System.out.printf("Seeded %d schools (onboarded, with a contact) in %.1f s%n", SCHOOLS,
                (System.nanoTime() - seeding) / 1e9);
        Deadline.require("the seeded schools' events reaching every consumer", DRAIN, Duration.ofMillis(250),
                this::drainedByCount);
        stored = context.invariants.check().storedEvents();
        List<Result> results = new ArrayList<>();
        for (FaultCase faultCase : cases) {
            System.out.printf("%n== %s: %s%n", faultCase.name(), faultCase.fault());
            long caseStarted = System.nanoTime();
            Result result;
            try {
                result = run(faultCase);
            } catch (RuntimeException e) {
                e.printStackTrace(System.out);
                result = new Result(faultCase, null, null, Double.NaN, context.ledger.accepted(faultCase.name()),
                        context.ledger.sent(faultCase.name()), 0, 0, List.of("the case could not run: " + e));
                if (!bringBack()) {
                    results.add(result);
                    System.out.println("The topology could not be brought back: the remaining cases do not run.");
                    break;
                }
            }
            results.add(result);
            System.out.printf("   %s in %.0f s: %s%n", result.passed() ? "PASSED" : "FAILED",
                    (System.nanoTime() - caseStarted) / 1e9, Report.line(result));
            result.breaches().forEach(b -> System.out.println("   - " + b));
        }
        return results;
    }

    private Result run(FaultCase faultCase) {
        context.load.start(faultCase.name());
        Fault fault;
        try {
            Deadline.pause(LOAD_BEFORE);
            fault = faultCase.inject().run(context);
            System.out.printf("   fault over after %.1f s: %s%n", fault.window(), fault.note());
        } finally {
            context.load.stop();
        }
        Verdict[] last = {null};
        List<String>[] own = new List[] {List.of()};
        long[] heldAt = {0};
        List<String>[] settled = new List[] {null};
        long[] settledSince = {0};
        boolean ended = Deadline.await(DRAIN, Duration.ofMillis(250), () -> {
            long now = System.nanoTime();
            if (!drainedByCount()) {
                return false;
            }
            last[0] = context.invariants.check();
            own[0] = fault.afterwards().get();
            heldAt[0] = now;
            if (last[0].holds() && own[0].isEmpty()) {
                return true;
            }
            // Drained, yet the same breaches check after check: waiting longer will not mend them.
            List<String> current = new ArrayList<>(last[0].breaches());
            current.addAll(own[0]);
            if (!current.equals(settled[0])) {
                settled[0] = current;
                settledSince[0] = now;
            }
            return now - settledSince[0] > SETTLED.toNanos();
        });
        boolean holds = ended && last[0].holds() && own[0].isEmpty();
        if (last[0] == null) {
            last[0] = context.invariants.check();
            own[0] = fault.afterwards().get();
        }
        List<String> breaches = new ArrayList<>(fault.breaches());
        breaches.addAll(last[0].breaches());
        breaches.addAll(own[0]);
        double recovery = Double.NaN;
        if (holds) {
            recovery = (heldAt[0] - fault.endedAt()) / 1e9;
            long replaying = System.nanoTime();
            breaches.addAll(context.invariants.replayEqualsLive(REPLAY));
            System.out.printf("   invariants held %.1f s after the fault; the replay check took %.1f s%n", recovery,
                    (System.nanoTime() - replaying) / 1e9);
        } else {
            breaches.add(0, ended ? "everything drained, but these breaches stayed for " + SETTLED.toSeconds() + " s"
                    : "the invariants did not all hold within " + DRAIN.toMinutes() + " min of the fault's end");
        }
        faultCase.restore().run(context);
        Result result = new Result(faultCase, fault, last[0], recovery, context.ledger.accepted(faultCase.name()),
                context.ledger.sent(faultCase.name()), last[0].storedEvents() - stored,
                last[0].deadLettered() - deadLettered, breaches);
        stored = last[0].storedEvents();
        deadLettered = last[0].deadLettered();
        return result;
    }

    /**
     * A cheap first look, polled often: the stores and the history hold as many events, nothing
     * is held behind a gap, and the schools' versions add up alike in all three services. Only
     * then is the whole check worth its cost.
     */
    private boolean drainedByCount() {
        try (var school = topology.connect(Service.SCHOOL);
             var placement = topology.connect(Service.PLACEMENT);
             var view = topology.connect(Service.PROVIDER_VIEW)) {
            long[] own = counts(school, "SELECT (SELECT count(*) FROM domainevententry),"
                    + " (SELECT coalesce(sum(version), 0) FROM school_view), 0");
            long[] placements = counts(placement, "SELECT (SELECT count(*) FROM domainevententry),"
                    + " (SELECT coalesce(sum(applied_sequence), 0) FROM school_contact_state),"
                    + " (SELECT count(*) FROM held_school_event)");
            long[] history = counts(view, "SELECT (SELECT count(*) FROM event_history),"
                    + " (SELECT coalesce(sum(version), 0) FROM school_view), (SELECT count(*) FROM held_event)");
            return own[0] + placements[0] == history[0] && own[1] == placements[1] && own[1] == history[1]
                    && placements[2] == 0 && history[2] == 0;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static long[] counts(Connection connection, String sql) throws SQLException {
        long[] counts = new long[3];
        Snapshot.query(connection, sql, rs -> {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(i + 1);
            }
        });
        return counts;
    }

    /** After a case that failed half-way: every process started again and ready. */
    private boolean bringBack() {
        try {
            context.load.stop();
            topology.startPostgresIfStopped();
            topology.startBrokerIfStopped();
            for (var instance : topology.instances()) {
                if (!topology.isReady(instance)) {
                    topology.startAndAwait(instance);
                }
            }
            return true;
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            return false;
        }
    }

    private static List<FaultCase> choose(List<FaultCase> all, List<String> arguments) {
        Set<String> names = new LinkedHashSet<>();
        boolean quick = false;
        for (String argument : arguments) {
            if (argument.equals("--quick")) {
                quick = true;
            } else if (argument.startsWith("--case=")) {
                names.addAll(List.of(argument.substring("--case=".length()).split(",")));
            } else if (!argument.equals("--keep-data")) {
                throw new IllegalArgumentException("Unknown option " + argument
                        + "; options: --quick --case=a,b --list --keep-data");
            }
        }
        for (String name : names) {
            if (all.stream().noneMatch(c -> c.name().equals(name))) {
                throw new IllegalArgumentException("No case " + name + "; ./run-fault-suite --list shows them");
            }
        }
        boolean onlyQuick = quick;
        return all.stream().filter(c -> names.isEmpty() ? !onlyQuick || c.quick() : names.contains(c.name())).toList();
    }

    private static Path projectRoot() {
        Path candidate = Path.of("").toAbsolutePath().normalize();
        if (!Files.isDirectory(candidate.resolve("fault-suite")) && Files.isDirectory(candidate.resolve("../fault-suite"))) {
            candidate = candidate.getParent();
        }
        if (!Files.isDirectory(candidate.resolve("local-stack"))) {
            throw new IllegalArgumentException(candidate + " is not the project's root; run ./run-fault-suite from the checkout");
        }
        return candidate;
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
