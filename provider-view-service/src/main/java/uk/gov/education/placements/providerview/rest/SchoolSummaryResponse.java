package uk.gov.education.placements.providerview.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The school of a placement; {@code name} is null until the school's onboarding has arrived. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"urn", "name"})
public record SchoolSummaryResponse(String urn, String name) {
}
