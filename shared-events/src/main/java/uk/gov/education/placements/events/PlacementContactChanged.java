package uk.gov.education.placements.events;

import org.axonframework.serialization.Revision;

/** The whole new contact (state, not a diff), so a consumer can always apply the newest it has. */
@Revision("1")
public record PlacementContactChanged(String schoolUrn, String firstName, String lastName, String email)
        implements PlacementContactEvent {

    public PlacementContactChanged {
        EventFields.urn(schoolUrn);
        EventFields.text("email", email);
    }
}
