package uk.gov.education.placements.providerview.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.providerview.query.PlacementContact;

/** A school's placement contact; a name not entered is null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"firstName", "lastName", "email"})
public record PlacementContactResponse(String firstName, String lastName, String email) {

    static PlacementContactResponse of(PlacementContact contact) {
        return contact == null ? null : new PlacementContactResponse(contact.firstName(), contact.lastName(), contact.email());
    }
}
