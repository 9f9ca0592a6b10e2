package uk.gov.education.placements.school.command;

import java.util.Objects;

import uk.gov.education.placements.events.PlacementContactEvent;

/**
 * A school's placement contact, normalised. Names are optional (null when not entered) so that
 * a shared mailbox can be the contact; the email address is required.
 */
public record PlacementContact(PersonName firstName, PersonName lastName, EmailAddress email) {

    public PlacementContact {
        Objects.requireNonNull(email, "email");
    }

    /** Whether an event recorded exactly these details (all values are normalised on both sides). */
    public boolean sameAs(PlacementContactEvent recorded) {
        return Objects.equals(firstNameOrNull(), recorded.firstName())
                && Objects.equals(lastNameOrNull(), recorded.lastName())
                && email.value().equals(recorded.email());
    }

    public String firstNameOrNull() {
        return PersonName.valueOrNull(firstName);
    }

    public String lastNameOrNull() {
        return PersonName.valueOrNull(lastName);
    }
}
