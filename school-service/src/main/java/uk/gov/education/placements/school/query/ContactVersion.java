package uk.gov.education.placements.school.query;

import java.time.Instant;

/**
 * One version of a school's placement contact: what it became, when, by which kind of change, and
 * who made it ({@code changedBy}, a user id; null for changes stored before it was recorded).
 */
public record ContactVersion(long version, String change, Instant changedAt, String changedBy, ContactView contact) {
}
