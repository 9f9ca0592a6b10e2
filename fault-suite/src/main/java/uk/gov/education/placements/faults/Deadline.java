package uk.gov.education.placements.faults;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition with a deadline. The services and servers run in other processes, so
 * there is nothing to be notified by: the condition is polled, and the poll interval bounds how
 * late the suite notices, never whether it does.
 */
final class Deadline {

    private Deadline() {
    }

    /** @return whether the condition held before the timeout */
    static boolean await(Duration timeout, Duration poll, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            pause(poll);
        }
    }

    static void require(String what, Duration timeout, Duration poll, BooleanSupplier condition) {
        if (!await(timeout, poll, condition)) {
            throw new IllegalStateException(what + " did not happen within " + timeout.toSeconds() + " s");
        }
    }

    /** A deliberate pause: the length of a fault, or the pace of the load. */
    static void pause(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("Interrupted");
            }
        }
    }
}
