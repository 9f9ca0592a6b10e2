package uk.gov.education.placements.school.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.school.command.PlacementContact;
import uk.gov.education.placements.school.query.ContactView;

/** A name not entered is shown as null, never left out. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"firstName", "lastName", "email"})
public record PlacementContactResponse(String firstName, String lastName, String email) {

    static PlacementContactResponse of(PlacementContact contact) {
        return new PlacementContactResponse(contact.firstNameOrNull(), contact.lastNameOrNull(), contact.email().value());
    }

    static PlacementContactResponse of(ContactView contact) {
        return contact == null ? null : new PlacementContactResponse(contact.firstName(), contact.lastName(), contact.email());
    }
}
