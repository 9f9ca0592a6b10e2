package uk.gov.education.placements.placement.query;

import java.util.UUID;

import uk.gov.education.placements.events.PlacementDetails;

/** A placement as its school sees it; {@code version} is the Placement aggregate's sequence number. */
public record PlacementView(UUID id, String schoolUrn, String providerCode, PlacementDetails details, long version) {

    public static final String AVAILABLE = "available";
    public static final String ASSIGNED = "assigned";

    public String status() {
        return providerCode == null ? AVAILABLE : ASSIGNED;
    }
}
