package uk.gov.education.placements.placement.query;

import java.util.List;
import java.util.UUID;

/** A placement as its school sees it; {@code version} is the Placement aggregate's sequence number. */
public record PlacementView(
        UUID id,
        String schoolUrn,
        String providerCode,
        String phase,
        String subject,
        List<String> additionalSubjects,
        String yearGroup,
        List<String> mentors,
        String academicYear,
        List<String> terms,
        long version) {

    public static final String AVAILABLE = "available";
    public static final String ASSIGNED = "assigned";

    public String status() {
        return providerCode == null ? AVAILABLE : ASSIGNED;
    }
}
