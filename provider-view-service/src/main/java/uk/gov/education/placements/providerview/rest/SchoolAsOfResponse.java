package uk.gov.education.placements.providerview.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A school as it was at {@code asOf}, contact first. {@code lastChangedAt} is the time of the
 * last event at or before {@code asOf}; {@code version} the School's sequence number then.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"placementContact", "urn", "name", "version", "asOf", "lastChangedAt"})
public record SchoolAsOfResponse(PlacementContactResponse placementContact, String urn, String name, long version,
                                 Instant asOf, Instant lastChangedAt) {
}
