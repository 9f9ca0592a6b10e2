package uk.gov.education.placements.placement.command;

/**
 * What this service knows of schools' placement contacts: its own projection of school-service's
 * events, never a call to school-service.
 */
public interface PlacementContacts {

    boolean hasPlacementContact(SchoolUrn school);
}
