package uk.gov.education.placements.events;

import org.axonframework.serialization.Revision;

/** The whole contact, already normalised: a name not entered is null. */
@Revision("1")
public record PlacementContactAdded(String schoolUrn, String firstName, String lastName, String email)
        implements PlacementContactEvent {

    public PlacementContactAdded {
        EventFields.urn(schoolUrn);
        EventFields.text("email", email);
    }
}
