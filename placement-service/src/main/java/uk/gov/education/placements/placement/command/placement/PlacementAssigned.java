package uk.gov.education.placements.placement.command.placement;

import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.support.rule.RuleViolation;

/** Refused by {@link PlacementRules#onlyUnassignedPlacementsCanBeDeleted}. */
public final class PlacementAssigned extends RuleViolation {

    public PlacementAssigned(ProviderCode provider) {
        super(Kind.CONFLICT, "placement-assigned", "Placement assigned to a provider",
                "You cannot delete this placement because it is assigned to provider " + provider
                        + ". Unassign the provider first.");
    }
}
