package uk.gov.education.placements.providerview.query;

/**
 * Filters of the placement list; null means "any". {@code subject} matches the main subject or
 * any additional subject, ignoring case. {@code providerCode} is the calling provider: placements
 * assigned to it show as "assigned to you", and "assigned" then means assigned to it (the
 * production service's "assigned to me"); without it, "assigned" means assigned to any provider.
 * {@code partnerOf} keeps the partner schools of that provider.
 */
public record PlacementSearch(
        String subject,
        String yearGroup,
        PlacementStatusFilter status,
        ProviderCode providerCode,
        ProviderCode partnerOf) {

    public PlacementSearch {
        if (status == PlacementStatusFilter.ASSIGNED_TO_YOU && providerCode == null) {
            throw new IllegalArgumentException("Placements assigned to you need your provider code");
        }
    }

    public static PlacementSearch any() {
        return new PlacementSearch(null, null, null, null, null);
    }
}
