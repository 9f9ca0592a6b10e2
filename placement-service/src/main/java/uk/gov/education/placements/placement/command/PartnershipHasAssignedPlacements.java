package uk.gov.education.placements.placement.command;

import java.util.List;

/** Refused by {@link PartnershipEndsOnlyWithoutAssignedPlacements}. */
public class PartnershipHasAssignedPlacements extends PlacementRuleViolation {

    private final transient List<PlacementId> placements;

    public PartnershipHasAssignedPlacements(PartnershipId partnership, List<PlacementId> placements) {
        super("You cannot end the partnership with provider " + partnership.providerCode() + " while "
                + placements.size() + (placements.size() == 1 ? " placement is" : " placements are")
                + " assigned to it. Unassign the provider from them first.");
        this.placements = List.copyOf(placements);
    }

    public List<PlacementId> placements() {
        return placements;
    }
}
