package uk.gov.education.placements.placement.command.partnership;

import java.util.List;

import uk.gov.education.placements.placement.command.placement.PlacementId;

/** The Partnership's business rules, by name, one static method each (as PlacementRules). */
final class PartnershipRules {

    private PartnershipRules() {
    }

    /**
     * A partnership with placements assigned to the provider cannot end. Ending it must not
     * silently take placements away from a provider that is arranging trainees for them, nor leave
     * them assigned to a provider that is no longer a partner; the school unassigns them first,
     * each one a decision of its own.
     */
    static void partnershipEndsOnlyWithoutAssignedPlacements(PartnershipId partnership, AssignedPlacements assigned) {
        List<PlacementId> placements = assigned.assignedTo(partnership.schoolUrn(), partnership.providerCode());
        if (!placements.isEmpty()) {
            throw new PartnershipHasAssignedPlacements(partnership, placements);
        }
    }
}
