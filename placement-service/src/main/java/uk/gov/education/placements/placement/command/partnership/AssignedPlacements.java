package uk.gov.education.placements.placement.command.partnership;

import java.util.List;
import uk.gov.education.placements.placement.command.placement.PlacementId;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;

/** The school's placements currently assigned to a provider. */
public interface AssignedPlacements {

    /**
     * Like {@link PartnerProviders#isPartner}, holds the pair until the caller's transaction ends,
     * so that no assignment to it slips in after the answer.
     */
    List<PlacementId> assignedTo(SchoolUrn school, ProviderCode provider);
}
