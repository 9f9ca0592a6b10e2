package uk.gov.education.placements.school.query;

/** A placement contact as the view stores it: names null when not entered. */
public record ContactView(String firstName, String lastName, String email) {
}
