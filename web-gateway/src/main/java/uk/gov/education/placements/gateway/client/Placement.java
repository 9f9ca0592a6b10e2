package uk.gov.education.placements.gateway.client;

import java.util.List;
import java.util.UUID;

/** A placement as its school sees it (placement-service); {@code status} is "available" or "assigned". */
public record Placement(UUID id, String schoolUrn, String status, String providerCode, String phase, String subject,
                        List<String> additionalSubjects, String yearGroup, List<String> mentors, String academicYear,
                        List<String> terms) {

    public boolean isAssigned() {
        return providerCode != null;
    }
}
