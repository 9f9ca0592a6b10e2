package uk.gov.education.placements.events;

import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PlacementDeleted(UUID placementId, String schoolUrn) implements PlacementEvent {

    public PlacementDeleted {
        EventFields.present("placementId", placementId);
        EventFields.urn(schoolUrn);
    }
}
