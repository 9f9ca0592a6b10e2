package uk.gov.education.placements.gateway.client;

import java.util.List;

/** A school as providers see it, contact first. */
public record ProviderSchool(PlacementContact placementContact, String urn, String name, List<String> partnerProviders) {
}
