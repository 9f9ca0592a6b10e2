package uk.gov.education.placements.gateway.client;

import java.util.List;
import java.util.UUID;

/**
 * A placement as a provider sees it (provider-view-service), contact first;
 * {@code status} is "available", "assigned" (to another provider) or "assigned_to_you".
 */
public record ProviderPlacement(PlacementContact placementContact, String status, SchoolSummary school, UUID id,
                                String phase, String subject, List<String> additionalSubjects, String yearGroup,
                                List<String> mentors, String academicYear, List<String> terms) {

    public record SchoolSummary(String urn, String name) {
    }
}
