package uk.gov.education.placements.providerview.query;

import java.util.Objects;
import java.util.UUID;

import uk.gov.education.placements.events.PlacementDetails;

/**
 * A placement as providers see it, without its school's data: the school's name and contact are
 * joined at read time (see {@link PlacementReadModelRepository}). {@code providerCode} is null while available.
 */
public record PlacementView(UUID id, String schoolUrn, PlacementDetails details, String providerCode, long version) {

    public PlacementView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(details, "details");
    }

    public PlacementView withDetails(PlacementDetails newDetails, long newVersion) {
        return new PlacementView(id, schoolUrn, newDetails, providerCode, newVersion);
    }

    public PlacementView withProvider(String newProviderCode, long newVersion) {
        return new PlacementView(id, schoolUrn, details, newProviderCode, newVersion);
    }
}
