package uk.gov.education.placements.placement.rest;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.placement.command.placement.ReferenceValue;

/** One entry of a reference list: the contract's code and the name production shows for it. */
@JsonPropertyOrder({"code", "name"})
public record ReferenceItemResponse(String code, String name) {

    static List<ReferenceItemResponse> all(ReferenceValue[] values) {
        return Arrays.stream(values).map(value -> new ReferenceItemResponse(value.code(), value.displayName())).toList();
    }
}
