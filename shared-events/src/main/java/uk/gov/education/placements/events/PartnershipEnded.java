package uk.gov.education.placements.events;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PartnershipEnded(String schoolUrn, String providerCode) implements PartnershipEvent {

    public PartnershipEnded {
        EventFields.urn(schoolUrn);
        EventFields.providerCode(providerCode);
    }
}
