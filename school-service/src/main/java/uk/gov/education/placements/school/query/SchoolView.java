package uk.gov.education.placements.school.query;

/**
 * A school as school-service shows it. {@code version} is the School aggregate's sequence number
 * after the last event this view applied; {@code placementContact} is null until one is added.
 */
public record SchoolView(String urn, String name, long version, ContactView placementContact) {
}
