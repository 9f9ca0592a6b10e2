package uk.gov.education.placements.providerview.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.providerview.query.SchoolReadModel;

/** A school as providers see it: its placement contact first (null while it has none). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"placementContact", "urn", "name", "partnerProviders"})
public record SchoolResponse(PlacementContactResponse placementContact, String urn, String name,
                             List<String> partnerProviders) {

    static SchoolResponse of(SchoolReadModel model) {
        return new SchoolResponse(PlacementContactResponse.of(model.school().contact()), model.school().urn(),
                model.school().name(), model.partnerProviders());
    }
}
