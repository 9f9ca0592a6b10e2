package uk.gov.education.placements.events;

import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PlacementProviderUnassigned(UUID placementId, String schoolUrn, String providerCode)
        implements PlacementEvent {

    public PlacementProviderUnassigned {
        EventFields.present("placementId", placementId);
        EventFields.urn(schoolUrn);
        EventFields.providerCode(providerCode);
    }
}
