package uk.gov.education.placements.school.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.school.query.SchoolView;

/**
 * The school's organisation details. The placement contact comes first (user research: it is
 * what people look for first) and is null, not absent, when the school has none.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"placementContact", "urn", "name"})
public record SchoolResponse(PlacementContactResponse placementContact, String urn, String name) {

    static SchoolResponse of(SchoolView school) {
        return new SchoolResponse(PlacementContactResponse.of(school.placementContact()), school.urn(), school.name());
    }
}
