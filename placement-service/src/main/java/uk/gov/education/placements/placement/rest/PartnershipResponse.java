package uk.gov.education.placements.placement.rest;

public record PartnershipResponse(String schoolUrn, String providerCode) {
}
