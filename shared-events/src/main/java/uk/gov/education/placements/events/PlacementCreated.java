package uk.gov.education.placements.events;

import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PlacementCreated(UUID placementId, String schoolUrn, PlacementDetails details) implements PlacementEvent {

    public PlacementCreated {
        EventFields.present("placementId", placementId);
        EventFields.urn(schoolUrn);
        EventFields.present("details", details);
    }
}
