package uk.gov.education.placements.events;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PartnershipCreated(String schoolUrn, String providerCode) implements PartnershipEvent {

    public PartnershipCreated {
        EventFields.urn(schoolUrn);
        EventFields.providerCode(providerCode);
    }
}
