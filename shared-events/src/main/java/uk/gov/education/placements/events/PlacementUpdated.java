package uk.gov.education.placements.events;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The placement's whole details after the edit (state, not a diff). */
@Revision("1")
public record PlacementUpdated(UUID placementId, String schoolUrn, PlacementDetails details) implements PlacementEvent {

    public PlacementUpdated {
        EventFields.present("placementId", placementId);
        EventFields.urn(schoolUrn);
        EventFields.present("details", details);
    }
}
