package uk.gov.education.placements.gateway.client;

/** One entry of a problem detail's {@code errors} array: the field and the service's message for it. */
public record FieldMessage(String field, String message) {
}
