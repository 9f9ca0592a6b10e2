package uk.gov.education.placements.placement.command.partnership;

import java.util.Objects;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;

/**
 * A school-provider pair. As the Partnership aggregate's identifier ({@code <urn>:<providerCode>})
 * it makes the pair unique through the event store's unique (aggregate, sequence) index.
 */
public record PartnershipId(SchoolUrn schoolUrn, ProviderCode providerCode) {

    public PartnershipId {
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(providerCode, "providerCode");
    }

    @Override
    public String toString() {
        return schoolUrn + ":" + providerCode;
    }
}
