package uk.gov.education.placements.gateway.client;

/** A school's placement contact as the services answer it: a name not entered is null. */
public record PlacementContact(String firstName, String lastName, String email) {
}
