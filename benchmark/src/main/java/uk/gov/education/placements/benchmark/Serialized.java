package uk.gov.education.placements.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.List;

import uk.gov.education.placements.events.EventEnvelope;

/** An event with its payload's JSON written once, so timed INSERT loops measure the database, not Jackson. */
record Serialized(EventEnvelope event, byte[] json) {

    static Serialized of(EventEnvelope event) {
        return new Serialized(event, EventStoreRows.json(event.payload()));
    }

    static List<Serialized> all(List<EventEnvelope> events) {
        return events.stream().map(Serialized::of).toList();
    }

    String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
