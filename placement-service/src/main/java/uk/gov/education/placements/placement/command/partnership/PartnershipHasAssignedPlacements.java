package uk.gov.education.placements.placement.command.partnership;

import java.util.List;
import java.util.Map;

import uk.gov.education.placements.placement.command.placement.PlacementId;
import uk.gov.education.placements.support.rule.RuleViolation;

/** Refused by {@link PartnershipRules#partnershipEndsOnlyWithoutAssignedPlacements}. */
public final class PartnershipHasAssignedPlacements extends RuleViolation {

    private final transient List<PlacementId> placements;

    public PartnershipHasAssignedPlacements(PartnershipId partnership, List<PlacementId> placements) {
        super(Kind.CONFLICT, "partnership-has-assigned-placements", "Placements are assigned to this provider",
                "You cannot end the partnership with provider " + partnership.providerCode() + " while "
                        + placements.size() + (placements.size() == 1 ? " placement is" : " placements are")
                        + " assigned to it. Unassign the provider from them first.");
        this.placements = List.copyOf(placements);
    }

    public List<PlacementId> placements() {
        return placements;
    }

    /** Which placements to unassign first. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("placementIds", placements.stream().map(PlacementId::value).toList());
    }
}
