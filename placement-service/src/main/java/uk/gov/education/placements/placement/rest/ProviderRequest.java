package uk.gov.education.placements.placement.rest;

/** Body of {@code PUT /placements/{id}/provider} and {@code POST /schools/{urn}/partnerships}. */
public record ProviderRequest(String providerCode) {
}
