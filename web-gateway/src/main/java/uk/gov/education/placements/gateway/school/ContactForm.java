package uk.gov.education.placements.gateway.school;

import uk.gov.education.placements.gateway.client.PlacementContact;

/** The placement contact form as typed; {@code version} is the school's version the change page showed. */
public record ContactForm(String firstName, String lastName, String email, Long version) {

    static ContactForm of(PlacementContact contact, long version) {
        return new ContactForm(contact.firstName(), contact.lastName(), contact.email(), version);
    }

    PlacementContact contact() {
        return new PlacementContact(firstName, lastName, email);
    }
}
