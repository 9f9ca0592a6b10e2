package uk.gov.education.placements.providerview.projection.replay;

import java.util.Locale;

public enum ReplayState {
    /** Building the shadow tables from the history while the live tables serve. */
    RUNNING,
    /** Swapped in: the read models now come from this replay, and live events carry on from there. */
    COMPLETED,
    /** Stopped before the swap; the live tables were never touched. */
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ReplayState byCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
