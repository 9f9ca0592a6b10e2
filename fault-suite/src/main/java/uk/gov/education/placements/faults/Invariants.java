package uk.gov.education.placements.faults;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.faults.Snapshot.ContactState;
import uk.gov.education.placements.faults.Snapshot.HistoryRow;
import uk.gov.education.placements.faults.Snapshot.SchoolRow;
import uk.gov.education.placements.faults.Snapshot.StoredEvent;
import uk.gov.education.placements.infrastructure.ProviderViewTables;
import uk.gov.education.placements.localstack.Service;

/**
 * What must hold once the load has stopped and everything has drained, whatever fault came before:
 * <ul>
 * <li>every event in each write service's store is in provider-view's history exactly once, and
 * the history holds nothing else;</li>
 * <li>each aggregate's events are applied in sequence with no gap: its stored sequence numbers run
 * from 0 without a gap, provider-view has applied up to the last and holds nothing back, and so
 * has placement-service for every school;</li>
 * <li>provider-view's view of every school (name, contact, version) is school-service's own, and
 * placement-service's contact state agrees with it;</li>
 * <li>every command answered 2xx has exactly one effect in an event store, none has two;</li>
 * <li>the dead-letter topics hold exactly the poison records injected, each once.</li>
 * </ul>
 * The replay check (read models equal a fresh replay, row for row) is separate: it changes the
 * tables, so it runs once the others hold.
 */
final class Invariants {

    /** provider-view's read-model tables, with the expression that identifies a row (as ReplayIT compares them). */
    static final Map<String, String> READ_MODELS = ProviderViewTables.KEYS;

    private final Topology topology;
    private final Ledger ledger;
    private final DeadLetters deadLetters;
    private final Http http;

    Invariants(Topology topology, Ledger ledger, DeadLetters deadLetters, Http http) {
        this.topology = topology;
        this.ledger = ledger;
        this.deadLetters = deadLetters;
        this.http = http;
    }

    /** The outcome of one check: the breaches (empty when every invariant holds) and the counts the report shows. */
    record Verdict(List<String> breaches, long storedEvents, long lost, long doubled, long deadLettered) {

        boolean holds() {
            return breaches.isEmpty();
        }
    }

    Verdict check() {
        return judge(Snapshot.read(topology), deadLetters.read(), ledger);
    }

    /** The invariants over what the services hold and the dead-letter topics hold, against what the ledger says was sent. */
    static Verdict judge(Snapshot s, DeadLetters.Contents contents, Ledger ledger) {
        List<String> breaches = new ArrayList<>();

        // Every stored event in the history exactly once, and nothing else there.
        Map<String, Integer> inHistory = new HashMap<>();
        s.history.forEach(row -> inHistory.merge(row.id(), 1, Integer::sum));
        Set<String> storedIds = new HashSet<>();
        long lost = 0;
        long doubled = 0;
        List<String> lostExamples = new ArrayList<>();
        for (StoredEvent event : s.stored) {
            storedIds.add(event.id());
            int times = inHistory.getOrDefault(event.id(), 0);
            if (times == 0) {
                lost++;
                if (lostExamples.size() < 5) {
                    lostExamples.add(event.source() + " " + event.type() + " " + event.aggregate() + "#" + event.sequence());
                }
            } else if (times > 1) {
                doubled += times - 1;
                breaches.add(event.source() + " " + event.type() + " " + event.id() + " is in the history " + times + " times");
            }
        }
        if (lost > 0) {
            breaches.add(lost + " stored event(s) are not in provider-view's history, e.g. " + lostExamples);
        }
        s.history.stream().filter(row -> !storedIds.contains(row.id())).limit(5).forEach(row ->
                breaches.add("provider-view's history has " + row.source() + " " + row.aggregate() + "#" + row.sequence()
                        + " (" + row.id() + "), which no event store has"));

        // Each aggregate: stored from 0 without a gap, applied up to its last event, nothing held.
        Map<String, List<Long>> sequences = new TreeMap<>();
        s.stored.forEach(event -> sequences.computeIfAbsent(event.source() + "/" + event.aggregate(),
                key -> new ArrayList<>()).add(event.sequence()));
        List<String> sequenceBreaches = new ArrayList<>();
        sequences.forEach((aggregate, numbers) -> {
            List<Long> sorted = numbers.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i) != i) {
                    sequenceBreaches.add(aggregate + " is stored with sequence numbers " + sorted);
                    break;
                }
            }
            long last = sorted.get(sorted.size() - 1);
            Long applied = s.applied.get(aggregate);
            if (applied == null || applied != last) {
                sequenceBreaches.add(aggregate + ": provider-view applied up to " + applied + ", the store has up to " + last);
            }
        });
        s.applied.keySet().stream().filter(aggregate -> !sequences.containsKey(aggregate)).forEach(aggregate ->
                sequenceBreaches.add("provider-view applied events of " + aggregate + ", which no event store has"));
        breaches.addAll(firstOf(sequenceBreaches, 10));
        if (s.heldInProviderView > 0) {
            breaches.add("provider-view still holds " + s.heldInProviderView + " event(s) behind a sequence gap");
        }
        if (s.heldInPlacementService > 0) {
            breaches.add("placement-service still holds " + s.heldInPlacementService + " school event(s) behind a gap");
        }

        // Every school the same in school-service, provider-view and placement-service.
        List<String> viewBreaches = new ArrayList<>();
        s.schoolService.forEach((urn, own) -> {
            SchoolRow seen = s.providerView.get(urn);
            if (!own.equals(seen)) {
                viewBreaches.add("school " + urn + ": school-service has " + own + ", provider-view " + seen);
            }
            ContactState state = s.placementService.get(urn);
            ContactState expected = new ContactState(own.email() != null, own.version());
            if (!expected.equals(state)) {
                viewBreaches.add("school " + urn + ": school-service has " + expected + ", placement-service " + state);
            }
        });
        s.providerView.keySet().stream().filter(urn -> !s.schoolService.containsKey(urn)).forEach(urn ->
                viewBreaches.add("provider-view shows school " + urn + ", which school-service does not have"));
        s.placementService.keySet().stream().filter(urn -> !s.schoolService.containsKey(urn)).forEach(urn ->
                viewBreaches.add("placement-service has a contact state for school " + urn + ", which school-service does not have"));
        // Every placement and partnership as placement-service's own views have them.
        s.placementsOfPlacementService.forEach((id, own) -> {
            if (!own.equals(s.placementsOfProviderView.get(id))) {
                viewBreaches.add("placement " + id + ": placement-service has " + own + ", provider-view "
                        + s.placementsOfProviderView.get(id));
            }
        });
        s.placementsOfProviderView.keySet().stream().filter(id -> !s.placementsOfPlacementService.containsKey(id))
                .forEach(id -> viewBreaches.add("provider-view shows placement " + id + ", which placement-service does not have"));
        if (!s.partnershipsOfPlacementService.equals(s.partnershipsOfProviderView)) {
            Set<String> onlyOwn = new HashSet<>(s.partnershipsOfPlacementService);
            onlyOwn.removeAll(s.partnershipsOfProviderView);
            Set<String> onlyView = new HashSet<>(s.partnershipsOfProviderView);
            onlyView.removeAll(s.partnershipsOfPlacementService);
            viewBreaches.add("partnerships only placement-service has: " + onlyOwn + "; only provider-view has: " + onlyView);
        }
        // school-service's own view is the fold of its own events: the last sequence, the last contact's email.
        Map<String, StoredEvent> last = new HashMap<>();
        Map<String, StoredEvent> lastContact = new HashMap<>();
        s.stored.stream().filter(event -> event.source().equals(Poison.SCHOOL_SERVICE)).forEach(event -> {
            last.merge(event.aggregate(), event, Invariants::later);
            if (event.payload().has("email")) {
                lastContact.merge(event.aggregate(), event, Invariants::later);
            }
        });
        last.forEach((urn, event) -> {
            SchoolRow own = s.schoolService.get(urn);
            String email = lastContact.containsKey(urn) ? lastContact.get(urn).payload().get("email").asText() : null;
            if (own == null || own.version() != event.sequence() || !Objects.equals(own.email(), email)) {
                viewBreaches.add("school " + urn + ": school-service's own view " + own + " is not what its events say"
                        + " (version " + event.sequence() + ", email " + email + ")");
            }
        });
        breaches.addAll(firstOf(viewBreaches, 10));

        // Every command answered 2xx stored exactly once, none twice.
        Map<Ledger.Effect, Integer> effects = effects(s.stored);
        List<String> commandBreaches = ledger.breaches(effects);
        breaches.addAll(firstOf(commandBreaches, 10));
        long storedTwice = effects.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        if (storedTwice > 0) {
            doubled += storedTwice;
            effects.entrySet().stream().filter(e -> e.getValue() > 1).limit(5).forEach(e ->
                    breaches.add(e.getKey() + " is stored " + e.getValue() + " times"));
        }

        // The dead-letter topics: the injected poison, each once, and nothing else.
        breaches.addAll(contents.breaches());

        return new Verdict(breaches, s.stored.size(), lost, doubled, contents.total());
    }

    private static StoredEvent later(StoredEvent a, StoredEvent b) {
        return a.sequence() > b.sequence() ? a : b;
    }

    /** What identifies each stored event as the effect of one command (see {@link Ledger}). */
    static Map<Ledger.Effect, Integer> effects(List<StoredEvent> events) {
        Map<Ledger.Effect, Integer> effects = new HashMap<>();
        for (StoredEvent event : events) {
            JsonNode payload = event.payload();
            String marker = switch (event.type()) {
                case "PlacementContactAdded", "PlacementContactChanged" -> payload.path("email").asText();
                case "PlacementUpdated" -> payload.path("details").path("mentors").path(0).asText("");
                case "PlacementProviderAssigned" -> payload.path("providerCode").asText();
                default -> "";
            };
            effects.merge(new Ledger.Effect(event.type(), event.aggregate(), marker), 1, Integer::sum);
        }
        return effects;
    }

    /**
     * Runs a replay in provider-view and compares every read-model table before and after it, row
     * for row (as provider-view's ReplayIT does).
     */
    List<String> replayEqualsLive(Duration timeout) {
        List<String> breaches = new ArrayList<>();
        Map<String, Map<String, String>> before = readModels();
        Instance instance = topology.serving(Service.PROVIDER_VIEW).get(0);
        Http.Response started = http.post(instance.url("/admin/replays"), null, Map.of());
        if (started.status() != 202 || started.location() == null) {
            return List.of("POST /admin/replays on " + instance + " answered " + started);
        }
        String[] state = {"running"};
        Http.Response[] last = {null};
        boolean finished = Deadline.await(timeout, Duration.ofMillis(250), () -> {
            last[0] = http.get(instance.url(started.location()));
            if (last[0].status() == 200) {
                state[0] = last[0].json().path("state").asText();
            }
            return !state[0].equals("running");
        });
        if (!finished || !state[0].equals("completed")) {
            return List.of("the replay on " + instance + " did not complete within " + timeout.toSeconds() + " s: " + last[0]);
        }
        Map<String, Map<String, String>> after = readModels();
        for (String table : READ_MODELS.keySet()) {
            Map<String, String> was = before.get(table);
            Map<String, String> is = after.get(table);
            if (!was.equals(is)) {
                Set<String> keys = new HashSet<>(was.keySet());
                keys.addAll(is.keySet());
                List<String> differing = keys.stream().filter(k -> !Objects.equals(was.get(k), is.get(k))).sorted()
                        .limit(3).map(k -> k + ": live " + was.get(k) + ", replayed " + is.get(k)).toList();
                breaches.add(table + ": a replay gives " + is.size() + " rows, the live table had " + was.size()
                        + "; differing rows, e.g. " + differing);
            }
        }
        return breaches;
    }

    private Map<String, Map<String, String>> readModels() {
        try (Connection view = topology.connect(Service.PROVIDER_VIEW)) {
            return Snapshot.rows(view, READ_MODELS, ProviderViewTables::rowExpression);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read provider-view's read models", e);
        }
    }

    private static List<String> firstOf(List<String> breaches, int limit) {
        if (breaches.size() <= limit) {
            return breaches;
        }
        List<String> first = new ArrayList<>(breaches.subList(0, limit));
        first.add("... and " + (breaches.size() - limit) + " more like these");
        return first;
    }
}
