package uk.gov.education.placements.placement.command;

/** Refused by {@link OnlyUnassignedPlacementsCanBeDeleted}. */
public class PlacementAssigned extends PlacementRuleViolation {

    public PlacementAssigned(PlacementId placement, ProviderCode provider) {
        super("You cannot delete this placement because it is assigned to provider " + provider
                + ". Unassign the provider first.");
    }
}
