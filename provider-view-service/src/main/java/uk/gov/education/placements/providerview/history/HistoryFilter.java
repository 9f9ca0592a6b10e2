package uk.gov.education.placements.providerview.history;

import java.time.Instant;
import java.util.List;

/**
 * Which stored events an analyst asks for: event time from (inclusive) and to (exclusive), the
 * CloudEvent types (any revision of a name), and one school. Null means no limit.
 */
public record HistoryFilter(Instant from, Instant to, List<String> types, String schoolUrn) {

    public HistoryFilter {
        types = types == null ? List.of() : List.copyOf(types);
    }

    public static HistoryFilter everything() {
        return new HistoryFilter(null, null, List.of(), null);
    }
}
