package uk.gov.education.placements.faults;

import java.util.List;
import java.util.function.Supplier;

/**
 * One fault, injected under load.
 *
 * @param name    what {@code --case=} takes
 * @param quick   whether {@code --quick} runs it
 * @param fault   what is done, for the report
 * @param inject  injects the fault and returns once it is over: the faulted component is back, or
 *                (for a fault with nothing to restart) the injection is done
 * @param restore puts the topology back as it was for the next case, outside the recovery time
 */
record FaultCase(String name, boolean quick, String fault, Inject inject, Restore restore) {

    interface Inject {
        Fault run(Context context);
    }

    interface Restore {
        void run(Context context);

        Restore NOTHING = context -> {
        };
    }

    /**
     * @param endedAt    when the fault ended ({@link System#nanoTime()}): recovery is measured from here
     * @param window     how long the fault lasted, in seconds
     * @param note       what happened, for the report
     * @param breaches   what the injection itself found wrong (answers to racing commands, say)
     * @param afterwards the case's own invariants, checked with the suite's until all hold
     */
    record Fault(long endedAt, double window, String note, List<String> breaches, Supplier<List<String>> afterwards) {

        static Fault over(long startedAt, String note) {
            long now = System.nanoTime();
            return new Fault(now, (now - startedAt) / 1e9, note, List.of(), List::of);
        }

        Fault with(List<String> found, Supplier<List<String>> checks) {
            return new Fault(endedAt, window, note, found, checks);
        }
    }
}
