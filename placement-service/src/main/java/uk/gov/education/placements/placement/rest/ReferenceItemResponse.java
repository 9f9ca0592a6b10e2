package uk.gov.education.placements.placement.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One entry of a reference list: the contract's code and the name production shows for it. */
@JsonPropertyOrder({"code", "name"})
public record ReferenceItemResponse(String code, String name) {
}
