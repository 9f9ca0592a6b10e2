package uk.gov.education.placements.school.rest;

/** Raw strings: the value objects decide what is valid, so every field error is reported at once. */
public record PlacementContactRequest(String firstName, String lastName, String email) {
}
