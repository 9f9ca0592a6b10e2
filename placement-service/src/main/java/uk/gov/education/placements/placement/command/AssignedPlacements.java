package uk.gov.education.placements.placement.command;

import java.util.List;

/** The school's placements currently assigned to a provider. */
public interface AssignedPlacements {

    /**
     * Like {@link PartnerProviders#isPartner}, holds the pair until the caller's transaction ends,
     * so that no assignment to it slips in after the answer.
     */
    List<PlacementId> assignedTo(SchoolUrn school, ProviderCode provider);
}
