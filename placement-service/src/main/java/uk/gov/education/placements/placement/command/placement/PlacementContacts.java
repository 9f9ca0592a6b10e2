package uk.gov.education.placements.placement.command.placement;
import uk.gov.education.placements.placement.command.SchoolUrn;

/**
 * What this service knows of schools' placement contacts: its own projection of school-service's
 * events, never a call to school-service.
 */
public interface PlacementContacts {

    boolean hasPlacementContact(SchoolUrn school);
}
