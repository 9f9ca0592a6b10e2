package uk.gov.education.placements.placement.command;

import java.util.List;

/**
 * Named rule {@code partnershipEndsOnlyWithoutAssignedPlacements}: a partnership with placements
 * assigned to the provider cannot end. Ending it must not silently take placements away from a
 * provider that is arranging trainees for them, nor leave them assigned to a provider that is no
 * longer a partner; the school unassigns them first, each one a decision of its own.
 */
public final class PartnershipEndsOnlyWithoutAssignedPlacements {

    private PartnershipEndsOnlyWithoutAssignedPlacements() {
    }

    static void check(PartnershipId partnership, AssignedPlacements assigned) {
        List<PlacementId> placements = assigned.assignedTo(partnership.schoolUrn(), partnership.providerCode());
        if (!placements.isEmpty()) {
            throw new PartnershipHasAssignedPlacements(partnership, placements);
        }
    }
}
