package uk.gov.education.placements.support.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One re-publication of the event store, from a global index up to the head of the store when it
 * was requested.
 *
 * @param fromPosition the first global index published again
 * @param toPosition   the store's head when it was requested: the last global index it publishes
 */
public record Republication(UUID id, String state, long fromPosition, long toPosition, long publishedEvents,
                            String requestedBy, Instant requestedAt, Instant finishedAt, String failure) {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    Republication progressed(long published) {
        return new Republication(id, state, fromPosition, toPosition, published, requestedBy, requestedAt, null, null);
    }

    Republication completed(long published, Instant at) {
        return new Republication(id, COMPLETED, fromPosition, toPosition, published, requestedBy, requestedAt, at, null);
    }

    Republication failed(long published, Instant at, String reason) {
        return new Republication(id, FAILED, fromPosition, toPosition, published, requestedBy, requestedAt, at, reason);
    }
}
