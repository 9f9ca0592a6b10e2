package uk.gov.education.placements.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import uk.gov.education.placements.faults.FaultCase.Fault;
import uk.gov.education.placements.faults.Ledger.Kind;
import uk.gov.education.placements.faults.Ledger.Outcome;
import uk.gov.education.placements.localstack.Service;

/** The cases, in the order the full suite runs them (see RELIABILITY.md for why the quick ones). */
final class Cases {

    static final Duration BROKER_OUTAGE = Duration.ofSeconds(30);
    /** Beyond the outbox producer's delivery timeout (its send timeout, 30 s by default) and the outbox's 5 s margin. */
    static final Duration LONG_BROKER_OUTAGE = Duration.ofSeconds(50);
    static final Duration POSTGRES_OUTAGE = Duration.ofSeconds(15);
    static final Duration LAG_BUILD_UP = Duration.ofSeconds(10);
    static final int RACING_CHANGES = 100;

    private Cases() {
    }

    static List<FaultCase> all() {
        List<FaultCase> cases = new ArrayList<>();
        cases.add(new FaultCase("baseline", false, "no fault: the load alone", context -> Fault.over(System.nanoTime(),
                "the reference for the others"), FaultCase.Restore.NOTHING));
        for (Service service : List.of(Service.SCHOOL, Service.PLACEMENT)) {
            // A write service's instances differ by role: one's outbox holds the event store's token, the other
            // stands by. Killing the owner, then the instance that took over, kills each instance as the owner.
            Instance[] killedOwner = {null};
            cases.add(new FaultCase("kill-" + service.module() + "-outbox-owner", service == Service.PLACEMENT,
                    "kill -9 of the " + service.module() + " instance whose outbox publishes; the supervisor starts it again",
                    context -> kill(context, killedOwner[0] = outboxOwner(context, service)), FaultCase.Restore.NOTHING));
            cases.add(new FaultCase("kill-" + service.module() + "-survivor", false,
                    "kill -9 of the other " + service.module() + " instance, which took over the outbox from the one"
                            + " killed before (the standby when run alone)",
                    context -> kill(context, killedOwner[0] == null ? standby(context, service)
                            : context.topology.instances(service).stream().filter(i -> !i.equals(killedOwner[0]))
                            .findFirst().orElseThrow()), FaultCase.Restore.NOTHING));
        }
        for (int number = 1; number <= Topology.INSTANCES; number++) {
            int n = number;
            cases.add(new FaultCase("kill-provider-view-service-" + n, false,
                    "kill -9 of provider-view-service-" + n + "; the supervisor starts it again",
                    context -> kill(context, context.topology.instance(Service.PROVIDER_VIEW, n)), FaultCase.Restore.NOTHING));
        }
        cases.add(new FaultCase("kill-provider-view-during-replay", false,
                "kill -9 of the provider-view-service instance running a replay, mid-replay",
                Cases::killDuringReplay, FaultCase.Restore.NOTHING));
        cases.add(new FaultCase("broker-down-30s", false, "Kafka broker stopped (SIGTERM) for 30 s, then started",
                context -> brokerDown(context, BROKER_OUTAGE), FaultCase.Restore.NOTHING));
        cases.add(new FaultCase("broker-down-beyond-delivery-timeout", false,
                "Kafka broker stopped for 50 s, beyond the outbox producers' 30 s delivery timeout, then started",
                context -> brokerDown(context, LONG_BROKER_OUTAGE), FaultCase.Restore.NOTHING));
        cases.add(new FaultCase("postgres-stop-fast", false, "pg_ctl stop -m fast, 15 s down, then started",
                context -> postgresDown(context, "fast"), FaultCase.Restore.NOTHING));
        cases.add(new FaultCase("postgres-stop-immediate", true, "pg_ctl stop -m immediate (a crash), 15 s down, then started",
                context -> postgresDown(context, "immediate"), FaultCase.Restore.NOTHING));
        cases.add(new FaultCase("poison-records", true,
                "8 poison records of every kind on each topic, among the load's events", Cases::poison,
                FaultCase.Restore.NOTHING));
        cases.add(new FaultCase("concurrent-contact-changes", false,
                "100 concurrent contact changes of one school over both school-service instances, no If-Match",
                context -> racingChanges(context, "299998", false), FaultCase.Restore.NOTHING));
        cases.add(new FaultCase("concurrent-contact-changes-if-match", true,
                "100 concurrent contact changes of one school over both instances, all with the same If-Match",
                context -> racingChanges(context, "299999", true), FaultCase.Restore.NOTHING));
        List<Instance> stoppedForGood = new CopyOnWriteArrayList<>();
        cases.add(new FaultCase("one-instance-of-each-stopped-for-good", false,
                "the outbox owner of each write service and one provider-view-service instance stopped (SIGTERM) for good",
                context -> stopForGood(context, stoppedForGood), context -> {
                    stoppedForGood.forEach(context.topology::launch);
                    stoppedForGood.forEach(context.topology::awaitReady);
                    stoppedForGood.clear();
                }));
        cases.add(new FaultCase("whole-stack-restart-with-lag", false,
                "provider-view stopped while the load goes on, then everything stopped (upstream first) and started",
                Cases::wholeStack, FaultCase.Restore.NOTHING));
        return cases;
    }

    private static Instance outboxOwner(Context context, Service service) {
        Instance[] owner = {null};
        Deadline.require(service.module() + "'s outbox having an owner", Duration.ofMinutes(1), Duration.ofMillis(200),
                () -> (owner[0] = context.outboxOwner(service).orElse(null)) != null);
        return owner[0];
    }

    private static Instance standby(Context context, Service service) {
        Instance owner = outboxOwner(context, service);
        return context.topology.instances(service).stream().filter(i -> !i.equals(owner)).findFirst().orElseThrow();
    }

    private static Fault kill(Context context, Instance instance) {
        String role = instance.service() == Service.PROVIDER_VIEW ? ""
                : context.outboxOwner(instance.service()).filter(instance::equals).isPresent()
                ? " (" + instance + ", which held the outbox)" : " (" + instance + ", standing by)";
        int restarts = context.topology.restarts(instance);
        long started = System.nanoTime();
        long pid = context.topology.kill(instance);
        Deadline.require(instance + " restarted by its supervisor", Duration.ofMinutes(4), Duration.ofMillis(200),
                () -> context.topology.restarts(instance) > restarts && context.topology.isReady(instance));
        return Fault.over(started, String.format("pid %d killed%s; back and ready after %.1f s", pid, role,
                (System.nanoTime() - started) / 1e9));
    }

    private static Fault killDuringReplay(Context context) {
        Instance instance = context.topology.instance(Service.PROVIDER_VIEW, 1);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Http.Response started = context.http.post(instance.url("/admin/replays"), null, Map.of());
            if (started.status() != 202) {
                throw new IllegalStateException("POST /admin/replays answered " + started);
            }
            String location = started.location();
            long[] applied = {0};
            String[] state = {"running"};
            Deadline.await(Duration.ofMinutes(2), Duration.ofMillis(20), () -> {
                Http.Response progress = context.http.get(instance.url(location));
                if (progress.status() == 200) {
                    state[0] = progress.json().path("state").asText();
                    applied[0] = progress.json().path("eventsApplied").asLong();
                }
                return !state[0].equals("running") || applied[0] > 0;
            });
            if (!state[0].equals("running")) {
                // Finished before the suite saw it under way: a larger history next time round.
                Deadline.pause(Duration.ofSeconds(5));
                continue;
            }
            Fault killed = kill(context, instance);
            String note = "killed at " + applied[0] + " events applied (attempt " + attempt + "); " + killed.note();
            return new Fault(killed.endedAt(), killed.window(), note, List.of(), () -> {
                Http.Response replay = context.http.get(context.topology.serving(Service.PROVIDER_VIEW).get(1)
                        .url(location));
                String now = replay.status() == 200 ? replay.json().path("state").asText() : replay.toString();
                return now.equals("running") ? List.of("the killed replay " + location + " still says it is running")
                        : List.of();
            });
        }
        throw new IllegalStateException("Every replay finished before the suite could kill it under way");
    }

    private static Fault brokerDown(Context context, Duration outage) {
        long started = System.nanoTime();
        context.topology.stopBroker();
        Deadline.pause(outage);
        context.topology.startBroker();
        return Fault.over(started, String.format("down %d s, ready again %.1f s after the stop", outage.toSeconds(),
                (System.nanoTime() - started) / 1e9));
    }

    private static Fault postgresDown(Context context, String mode) {
        long started = System.nanoTime();
        context.topology.stopPostgres(mode);
        Deadline.pause(POSTGRES_OUTAGE);
        context.topology.startPostgres();
        return Fault.over(started, String.format("-m %s, down %d s, accepting connections %.1f s after the stop", mode,
                POSTGRES_OUTAGE.toSeconds(), (System.nanoTime() - started) / 1e9));
    }

    private static Fault poison(Context context) {
        long started = System.nanoTime();
        List<Poison.Injected> injected = context.poison.injectEveryKind();
        return Fault.over(started, injected.size() + " poison records (" + injected.stream().map(Poison.Injected::kind)
                .distinct().count() + " kinds on each of 2 topics) acknowledged by the broker");
    }

    /**
     * One school, many writers at once. Without If-Match each change is accepted or refused as a
     * concurrent change (409), never lost or half-applied; with the same If-Match exactly one wins
     * and the rest are told the school changed (412).
     */
    private static Fault racingChanges(Context context, String urn, boolean ifMatch) {
        String caseName = ifMatch ? "concurrent-contact-changes-if-match" : "concurrent-contact-changes";
        List<Instance> schools = context.topology.serving(Service.SCHOOL);
        Http.Response onboarded = context.http.post(schools.get(0).url("/schools"),
                Map.of("urn", urn, "name", "Racing School " + urn), Map.of());
        context.ledger.record(Kind.ONBOARD, urn, null, onboarded.is2xx() ? Outcome.ACCEPTED : Outcome.UNKNOWN,
                String.valueOf(onboarded.status()), schools.get(0).name(), caseName);
        String firstEmail = "first." + urn + "@racing.sch.uk";
        Http.Response added = context.http.post(schools.get(1).url("/schools/" + urn + "/placement-contact"),
                Load.contact("First", null, firstEmail), Map.of());
        context.ledger.record(Kind.ADD_CONTACT, urn, firstEmail, added.is2xx() ? Outcome.ACCEPTED : Outcome.UNKNOWN,
                String.valueOf(added.status()), schools.get(1).name(), caseName);
        if (!onboarded.is2xx() || !added.is2xx()) {
            throw new IllegalStateException("Cannot set up school " + urn + ": " + onboarded + " / " + added);
        }
        long version = added.version();

        ExecutorService writers = Executors.newFixedThreadPool(RACING_CHANGES);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Http.Response>> answers = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < RACING_CHANGES; i++) {
            Instance instance = schools.get(i % schools.size());
            String email = "racer." + i + "." + urn + "@racing.sch.uk";
            emails.add(email);
            Map<String, String> headers = ifMatch ? Map.of("If-Match", "\"" + version + "\"") : Map.of();
            answers.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return context.http.put(instance.url("/schools/" + urn + "/placement-contact"),
                        Load.contact("Racer", String.valueOf(email.hashCode()), email), headers);
            }, writers));
        }
        long started = System.nanoTime();
        go.countDown();
        List<String> breaches = new ArrayList<>();
        int accepted = 0;
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        for (int i = 0; i < RACING_CHANGES; i++) {
            Http.Response answer = answers.get(i).join();
            byStatus.merge(answer.status(), 1, Integer::sum);
            Outcome outcome = answer.is2xx() ? Outcome.ACCEPTED : answer.isAmbiguous() ? Outcome.UNKNOWN : Outcome.REJECTED;
            accepted += answer.is2xx() ? 1 : 0;
            context.ledger.record(Kind.CHANGE_CONTACT, urn, emails.get(i), outcome, answer.status() + " "
                    + answer.problemType(), schools.get(i % schools.size()).name(), caseName);
            boolean expected = answer.status() == 200
                    || (ifMatch ? answer.status() == 412 && answer.problemType().endsWith("/school-changed")
                    : answer.status() == 409 && answer.problemType().endsWith("/concurrent-change"));
            if (!expected) {
                breaches.add("a racing change was answered " + answer);
            }
        }
        writers.shutdown();
        Fault fault = Fault.over(started, RACING_CHANGES + " changes answered " + byStatus);
        if (ifMatch && accepted != 1) {
            breaches.add(accepted + " of " + RACING_CHANGES + " changes with the same If-Match were accepted, not 1");
        }
        long expectedVersion = version + accepted;
        int acceptedChanges = accepted;
        return fault.with(breaches, () -> {
            Http.Response school = context.http.get(schools.get(0).url("/schools/" + urn));
            return school.version() == expectedVersion ? List.of()
                    : List.of("school " + urn + " is at version " + school.version() + " after " + acceptedChanges
                    + " accepted changes from version " + version);
        });
    }

    private static Fault stopForGood(Context context, List<Instance> stopped) {
        Instance school = context.outboxOwner(Service.SCHOOL).orElseThrow(() -> new IllegalStateException("No outbox owner"));
        Instance placement = context.outboxOwner(Service.PLACEMENT).orElseThrow(() -> new IllegalStateException("No outbox owner"));
        Instance view = context.topology.instance(Service.PROVIDER_VIEW, 2);
        long started = System.nanoTime();
        for (Instance instance : List.of(school, placement, view)) {
            context.topology.stop(instance);
            stopped.add(instance);
        }
        Fault fault = Fault.over(started, "stopped " + stopped);
        return fault.with(List.of(), () -> {
            List<String> breaches = new ArrayList<>();
            for (Service service : List.of(Service.SCHOOL, Service.PLACEMENT)) {
                Instance survivor = context.topology.serving(service).get(0);
                Optional<Instance> owner = context.outboxOwner(service);
                if (!owner.equals(Optional.of(survivor))) {
                    breaches.add(service.module() + "'s outbox is owned by " + owner.map(Instance::name).orElse("nobody")
                            + ", not by the surviving " + survivor);
                }
            }
            for (String group : List.of("placement-service", "provider-view-service")) {
                List<Integer> members = context.partitionsPerMember(group);
                int partitions = group.equals("placement-service") ? Topology.PARTITIONS : 2 * Topology.PARTITIONS;
                if (members.size() != 1 || members.get(0) != partitions) {
                    breaches.add(group + "'s group has members with " + members + " partitions, not one with "
                            + partitions);
                }
            }
            return breaches;
        });
    }

    private static Fault wholeStack(Context context) {
        for (Instance instance : context.topology.instances(Service.PROVIDER_VIEW)) {
            context.topology.stop(instance);
        }
        Deadline.pause(LAG_BUILD_UP);
        context.load.stop();
        long lag = context.consumerLag("provider-view-service");
        long started = System.nanoTime();
        context.topology.stopAll();
        context.topology.launchAll();
        context.topology.instances().forEach(context.topology::awaitReady);
        Fault fault = Fault.over(started, String.format("provider-view-service %d records behind when stopped; "
                + "everything stopped and back, ready, after %.1f s", lag, (System.nanoTime() - started) / 1e9));
        return fault.with(lag > 0 ? List.of() : List.of("no consumer lag built up before the stop: the case proved nothing"),
                List::of);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The racing changes were never let go");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
