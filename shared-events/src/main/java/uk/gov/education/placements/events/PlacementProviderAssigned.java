package uk.gov.education.placements.events;

import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PlacementProviderAssigned(UUID placementId, String schoolUrn, String providerCode) implements PlacementEvent {

    public PlacementProviderAssigned {
        EventFields.present("placementId", placementId);
        EventFields.urn(schoolUrn);
        EventFields.providerCode(providerCode);
    }
}
