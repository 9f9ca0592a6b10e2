package uk.gov.education.placements.placement.command.placement;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.command.ProviderCode;

/** Partnerships as this service has recorded them. */
public interface PartnerProviders {

    /**
     * Whether the pair is a current partnership. Implementations hold the pair against concurrent
     * change (a partnership being ended) until the caller's transaction ends, so that an assignment
     * and the end of its partnership cannot both succeed.
     */
    boolean isPartner(SchoolUrn school, ProviderCode provider);
}
