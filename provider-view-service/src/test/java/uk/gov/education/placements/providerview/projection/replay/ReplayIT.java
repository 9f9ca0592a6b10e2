package uk.gov.education.placements.providerview.projection.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.Partnerships;
import uk.gov.education.placements.providerview.TestEvents.Placement;
import uk.gov.education.placements.providerview.TestEvents.School;
import uk.gov.education.placements.infrastructure.ProviderViewTables;
import uk.gov.education.placements.infrastructure.Tokens;

class ReplayIT extends ProviderViewIT {

    private static final int SCHOOLS = 200;
    private static final int PLACEMENTS_PER_SCHOOL = 10;

    private static final Map<String, String> TABLES = ProviderViewTables.KEYS;

    @Test
    void aReplayRebuildsTheLiveReadModelsRowForRowWhileReadsGoOnAndThenCarriesOnWithLiveEvents() throws Exception {
        History history = history();
        assertThat(history.events).hasSizeGreaterThanOrEqualTo(10_000);
        long publishing = System.nanoTime();
        publisher.publish(history.events);
        double publishSeconds = (System.nanoTime() - publishing) / 1e9;
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM event_history WHERE event_id = ANY (?)", Long.class,
                (Object) history.events.stream().map(EventEnvelope::id).toArray(String[]::new)) == history.events.size());
        double liveRate = history.events.size() / ((System.nanoTime() - publishing) / 1e9);
        Map<String, Map<String, String>> live = snapshot();
        Map<String, Long> liveTableIds = tableIds();
        Map<String, String> liveIndexNames = indexNames();

        School sample = history.schools.get(0);
        String expectedEmail = history.lastEmail.get(sample.urn);
        List<String> readFailures = new CopyOnWriteArrayList<>();
        int[] reads = {0};
        AtomicBoolean replaying = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (replaying.get()) {
                for (String path : List.of("/placements/" + history.keptPlacement.get(sample.urn),
                        "/schools/" + sample.urn, "/placements?size=5&partnerOf=" + history.partnerOf)) {
                    ResponseEntity<String> response = get(path);
                    if (response.getStatusCode() != HttpStatus.OK || !response.getBody().contains("\"placementContact\":{")
                            || path.startsWith("/schools") && !response.getBody().contains(expectedEmail)) {
                        readFailures.add(path + " -> " + response.getStatusCode() + " " + response.getBody());
                    }
                    reads[0]++;
                }
            }
        });
        reader.start();
        List<School> arrivingDuringReplay = new ArrayList<>();

        ResponseEntity<String> started = post("/admin/replays", Tokens.analyst());
        ResponseEntity<String> second = post("/admin/replays", Tokens.support());
        for (int i = 0; i < 20; i++) {
            School school = TestEvents.school(TestEvents.anyUrn());
            arrivingDuringReplay.add(school);
            publisher.publish(school.onboarded("Arrived during the replay " + i),
                    school.contactAdded("New", null, "new" + i + "@during.sch.uk"));
        }

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        URI location = started.getHeaders().getLocation();
        assertThat(location).isNotNull();
        assertThat(location.toString()).matches("/admin/replays/[0-9a-f-]{36}");
        assertThat(second.getStatusCode()).as("support may replay too, but not twice at once").isEqualTo(HttpStatus.CONFLICT);
        assertThat(json(second).get("type").asText()).endsWith("/problems/replay-already-running");
        JsonNode done = awaitJson(location.toString(), Tokens.analyst(),
                body -> !body.get("state").asText().equals("running"));
        replaying.set(false);
        reader.join();

        assertThat(done.get("state").asText()).as("%s", done).isEqualTo("completed");
        assertThat(done.get("eventsApplied").asLong()).isGreaterThanOrEqualTo(history.events.size());
        assertThat(done.get("remainingLag").asLong()).isZero();
        assertThat(readFailures).isEmpty();
        assertThat(reads[0]).isPositive();

        // Live consumption carried on into the swapped-in tables: events that came during the replay are there.
        for (School school : arrivingDuringReplay) {
            awaitJson("/schools/" + school.urn, body -> !body.get("placementContact").isNull());
        }
        Set<String> arrivedKeys = new HashSet<>();
        arrivingDuringReplay.forEach(school -> {
            arrivedKeys.add(school.urn);
            arrivedKeys.add(TestEvents.SCHOOL_SERVICE + "/" + school.urn);
        });
        Map<String, Map<String, String>> replayed = snapshot();
        for (String table : TABLES.keySet()) {
            Map<String, String> rows = new HashMap<>(replayed.get(table));
            rows.keySet().removeAll(arrivedKeys);
            assertThat(rows).as(table).hasSize(live.get(table).size()).isEqualTo(live.get(table));
        }
        assertThat(tableIds()).as("the tables are the replay's, not the old ones")
                .allSatisfy((table, id) -> assertThat(id).isNotEqualTo(liveTableIds.get(table)));
        assertThat(indexNames()).as("indexes keep their names for later migrations").isEqualTo(liveIndexNames);

        publisher.publish(sample.contactChanged("After", "Replay", "after@replay.sch.uk"));
        awaitJson("/placements/" + history.keptPlacement.get(sample.urn),
                body -> body.get("placementContact").get("email").asText().equals("after@replay.sch.uk"));

        double replayRate = done.get("eventsPerSecond").asDouble();
        String report = String.format("Live path: %d events published (in %.2f s) and consumed at %.0f events/s; "
                        + "replay: %d events at %.0f events/s; %d reads answered during the replay%n",
                history.events.size(), publishSeconds, liveRate, done.get("eventsApplied").asLong(), replayRate, reads[0]);
        System.out.print(report);
        Files.writeString(Path.of("target", "replay-throughput.txt"), report);
    }

    /**
     * The history keeps events in the order they arrived, which is not always their aggregate's
     * order (a late re-publication, a re-drive from the dead-letter topic): a replay applies each
     * aggregate's events in sequence, as the live path does, and holds what still waits for a gap.
     */
    @Test
    void aReplayOverAHistoryThatArrivedOutOfOrderEqualsTheLiveReadModels() {
        List<EventEnvelope> arrival = new ArrayList<>();
        List<EventEnvelope> late = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            School school = TestEvents.school(TestEvents.anyUrn());
            EventEnvelope onboarded = school.onboarded("Out of Order " + s);
            EventEnvelope added = school.contactAdded("First", null, "first" + s + "@order.sch.uk");
            EventEnvelope changed = school.contactChanged("Second", null, "second" + s + "@order.sch.uk");
            arrival.addAll(List.of(onboarded, changed));
            late.add(added);
            Placement placement = TestEvents.placement(school.urn);
            placements.add(placement);
            EventEnvelope created = placement.created(TestEvents.primaryDetails("primary", "year_1"));
            EventEnvelope updated = placement.updated(TestEvents.primaryDetails("primary_with_science", "year_2"));
            EventEnvelope assigned = placement.assigned("1TZ");
            arrival.addAll(List.of(created, assigned));
            late.add(updated);
            // One gap that never fills: sequence 1 of this placement is lost for good.
            Placement gapped = TestEvents.placement(school.urn);
            arrival.add(gapped.created(TestEvents.primaryDetails("primary", "year_3")));
            gapped.updated(TestEvents.primaryDetails("primary", "year_4"));
            arrival.add(gapped.assigned("2AB"));
        }
        publisher.publish(arrival);
        publisher.publish(late);
        for (Placement placement : placements) {
            awaitJson("/placements/" + placement.id, body -> body.get("status").asText().equals("assigned")
                    && body.get("subject").asText().equals("primary_with_science"));
        }
        Map<String, Map<String, String>> live = snapshot();
        assertThat(live.get("held_event")).as("the never-filled gaps hold an event each").hasSizeGreaterThanOrEqualTo(5);

        ResponseEntity<String> started = post("/admin/replays", Tokens.analyst());
        JsonNode done = awaitJson(started.getHeaders().getLocation().toString(), Tokens.analyst(),
                body -> !body.get("state").asText().equals("running"));

        assertThat(done.get("state").asText()).isEqualTo("completed");
        Map<String, Map<String, String>> replayed = snapshot();
        TABLES.keySet().forEach(table -> assertThat(replayed.get(table)).as(table).isEqualTo(live.get(table)));
    }

    @Test
    void theWholeHistoryStreamsAsOneLinePerStoredEvent() {
        School school = TestEvents.school(TestEvents.anyUrn());
        publisher.publish(school.onboarded("Counted"));
        awaitJson("/schools/" + school.urn, body -> true);
        long stored = jdbc.queryForObject("SELECT count(*) FROM event_history", Long.class);

        String body = get("/history/events", Tokens.analyst()).getBody();

        assertThat(body).isNotNull();
        assertThat(body.lines().count()).isGreaterThanOrEqualTo(stored);
    }

    /** A replay marks itself completed, then lets go of its lock: a request in between must not hear 409. */
    @Test
    void aReplayRequestedJustAsTheLastOneLetsGoOfItsLockWaitsForIt() throws Exception {
        try (Connection finishingReplay = jdbc.getDataSource().getConnection();
             Statement statement = finishingReplay.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + ReplayService.REPLAY_LOCK + ")");
            CompletableFuture<ResponseEntity<String>> requested =
                    CompletableFuture.supplyAsync(() -> post("/admin/replays", Tokens.analyst()));
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", Long.class) > 0);

            statement.execute("SELECT pg_advisory_unlock(" + ReplayService.REPLAY_LOCK + ")");
            ResponseEntity<String> started = requested.get(10, TimeUnit.SECONDS);

            assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
            JsonNode done = awaitJson(started.getHeaders().getLocation().toString(), Tokens.analyst(),
                    body -> !body.get("state").asText().equals("running"));
            assertThat(done.get("state").asText()).isEqualTo("completed");
        }
    }

    @Test
    void anUnknownReplayIsNotFound() {
        assertThat(get("/admin/replays/" + UUID.randomUUID(), Tokens.analyst()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Map<String, Map<String, String>> snapshot() {
        Map<String, Map<String, String>> tables = new HashMap<>();
        TABLES.forEach((table, key) -> {
            Map<String, String> rows = new HashMap<>();
            jdbc.query("SELECT " + key + " AS k, " + ProviderViewTables.rowExpression(table) + " AS r FROM "
                            + table + " t",
                    rs -> {
                        rows.put(rs.getString("k"), rs.getString("r"));
                    });
            tables.put(table, rows);
        });
        return tables;
    }

    private Map<String, Long> tableIds() {
        Map<String, Long> ids = new HashMap<>();
        TABLES.keySet().forEach(table -> ids.put(table,
                jdbc.queryForObject("SELECT ?::regclass::oid::bigint", Long.class, table)));
        return ids;
    }

    private Map<String, String> indexNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT indexname, tablename FROM pg_indexes WHERE tablename = ANY (?)", rs -> {
            names.put(rs.getString("indexname"), rs.getString("tablename"));
        }, (Object) TABLES.keySet().toArray(String[]::new));
        return names;
    }

    /** 50 events per school: its contact changing, partnerships starting and ending, placements coming and going. */
    private static History history() {
        History history = new History();
        history.partnerOf = "R" + TestEvents.anyUrn().substring(5);
        for (int s = 0; s < SCHOOLS; s++) {
            School school = TestEvents.school(TestEvents.anyUrn());
            history.schools.add(school);
            Partnerships partnerships = TestEvents.partnerships(school.urn);
            List<EventEnvelope> events = history.events;
            events.add(school.onboarded("Replay School " + s));
            events.add(school.contactAdded("First" + s, null, "first" + s + "@replay.sch.uk"));
            events.add(partnerships.created(history.partnerOf));
            events.add(partnerships.created("2AB"));
            for (int c = 0; c < 4; c++) {
                String email = "contact" + c + "." + s + "@replay.sch.uk";
                events.add(school.contactChanged(c % 2 == 0 ? "Name" + c : null, "Surname" + c, email));
                history.lastEmail.put(school.urn, email);
            }
            events.add(partnerships.ended("2AB"));
            events.add(partnerships.created("3CD"));
            for (int p = 0; p < PLACEMENTS_PER_SCHOOL; p++) {
                Placement placement = TestEvents.placement(school.urn);
                events.add(placement.created(TestEvents.primaryDetails("Primary", "year_" + (1 + p % 6))));
                if (p % 2 == 0) {
                    events.add(placement.updated(TestEvents.secondaryDetails("Mathematics", List.of("Physics", "Art"))));
                    events.add(placement.assigned(history.partnerOf));
                    events.add(placement.updated(TestEvents.secondaryDetails("Mathematics", List.of("Physics"))));
                    history.keptPlacement.put(school.urn, placement.id.toString());
                } else {
                    events.add(placement.assigned("3CD"));
                    events.add(placement.unassigned("3CD"));
                    events.add(placement.deleted());
                }
            }
        }
        return history;
    }

    private static final class History {
        final List<EventEnvelope> events = new ArrayList<>();
        final List<School> schools = new ArrayList<>();
        final Map<String, String> lastEmail = new HashMap<>();
        final Map<String, String> keptPlacement = new HashMap<>();
        String partnerOf;
    }
}
