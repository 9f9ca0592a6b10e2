package uk.gov.education.placements.support.consumer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Which of an aggregate's events a consumer may apply now: exactly those that continue its stream
 * without a gap, in sequence order. An event more than one past the last applied is held (kept,
 * not applied) until the events before it arrive; one at or below it is a duplicate (a
 * redelivery, a re-publication, or a conflicting event that lost to the one already applied).
 */
public final class InSequence {

    private InSequence() {
    }

    /**
     * @param lastApplied the aggregate's last applied sequence number, -1 when none
     * @param candidates  the events held so far followed by those just arrived (arrival order:
     *                    of two events with one sequence number the first wins)
     */
    public static <E> Plan<E> plan(long lastApplied, List<E> candidates, ToLongFunction<E> sequence) {
        List<E> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingLong(sequence)); // stable: arrival order within a sequence number
        List<E> apply = new ArrayList<>();
        List<E> hold = new ArrayList<>();
        List<E> duplicates = new ArrayList<>();
        long next = lastApplied + 1;
        for (E event : sorted) {
            long at = sequence.applyAsLong(event);
            if (at < next) {
                duplicates.add(event);
            } else if (at == next) {
                apply.add(event);
                next++;
            } else {
                hold.add(event);
            }
        }
        return new Plan<>(apply, hold, duplicates, next - 1);
    }

    /**
     * @param apply       to apply now, in this order
     * @param hold        to keep until the gap before them fills
     * @param duplicates  never to apply
     * @param lastApplied the aggregate's last applied sequence number once {@code apply} is applied
     */
    public record Plan<E>(List<E> apply, List<E> hold, List<E> duplicates, long lastApplied) {

        /** The first missing sequence number, while events are held. */
        public long missing() {
            return lastApplied + 1;
        }
    }
}
