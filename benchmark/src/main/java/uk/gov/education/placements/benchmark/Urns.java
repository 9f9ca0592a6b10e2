package uk.gov.education.placements.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh 7-digit school URNs, never reused within a run, so no scenario touches another's schools. */
final class Urns {

    private static final AtomicInteger NEXT = new AtomicInteger(1_000_000);

    private Urns() {
    }

    static String next() {
        int urn = NEXT.getAndIncrement();
        if (urn > 9_999_999) {
            throw new IllegalStateException("Out of 7-digit URNs");
        }
        return Integer.toString(urn);
    }

    static List<String> next(int count) {
        List<String> urns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            urns.add(next());
        }
        return urns;
    }
}
