package uk.gov.education.placements.placement.command;

/** Named rule {@code onlyUnassignedPlacementsCanBeDeleted}: a provider relies on an assigned placement. */
public final class OnlyUnassignedPlacementsCanBeDeleted {

    private OnlyUnassignedPlacementsCanBeDeleted() {
    }

    static void check(PlacementId placement, ProviderCode assignedProvider) {
        if (assignedProvider != null) {
            throw new PlacementAssigned(placement, assignedProvider);
        }
    }
}
