package uk.gov.education.placements.school.query;

import java.time.Instant;

/** One version of a school's placement contact: what it became, when, and by which kind of change. */
public record ContactVersion(long version, String change, Instant changedAt, ContactView contact) {
}
