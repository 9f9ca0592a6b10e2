package uk.gov.education.placements.gateway.client;

/** A school-provider partnership as placement-service lists it. */
public record Partnership(String schoolUrn, String providerCode) {
}
