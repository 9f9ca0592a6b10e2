package uk.gov.education.placements.providerview.history;

import java.time.Instant;
import java.util.Objects;

import uk.gov.education.placements.providerview.query.SchoolView;

/** A school and its contact as they were at {@code asOf}, and when they last changed before it. */
public record SchoolAsOf(SchoolView school, Instant asOf, Instant lastChangedAt) {

    public SchoolAsOf {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
    }
}
