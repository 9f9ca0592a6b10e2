package uk.gov.education.placements.providerview.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.providerview.projection.replay.Replay;

/**
 * A replay's progress. {@code eventsApplied}: history events applied to the new read models so
 * far; {@code remainingLag}: stored events it has yet to reach (0 once completed);
 * {@code position}: the history position reached.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "state", "eventsApplied", "remainingLag", "position", "eventsPerSecond", "requestedAt",
        "startedAt", "finishedAt", "failure"})
public record ReplayResponse(UUID id, String state, long eventsApplied, long remainingLag, long position,
                             Double eventsPerSecond, Instant requestedAt, Instant startedAt, Instant finishedAt,
                             String failure) {

    static ReplayResponse of(Replay replay, Instant now) {
        return new ReplayResponse(replay.id(), replay.state().code(), replay.eventsApplied(), replay.remainingLag(),
                replay.position(), replay.eventsPerSecond(now), replay.requestedAt(), replay.startedAt(),
                replay.finishedAt(), replay.failure());
    }
}
