package uk.gov.education.placements.school.command;

import java.util.concurrent.ThreadLocalRandom;

import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.SchoolOnboarded;

/** Shared test data: schools, contacts and their events. */
public final class Schools {

    private Schools() {
    }

    /** A fresh random 7-digit URN, so tests sharing a database or topic never collide. */
    public static SchoolUrn anyUrn() {
        return new SchoolUrn(String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000)));
    }

    public static PlacementContact contact(String firstName, String lastName, String email) {
        return new PlacementContact(PersonName.firstName(firstName), PersonName.lastName(lastName), new EmailAddress(email));
    }

    public static PlacementContact jane() {
        return contact("Jane", "Doe", "jane.doe@example.com");
    }

    public static PlacementContact sharedMailbox() {
        return contact(null, null, "placements@example.com");
    }

    public static SchoolOnboarded onboarded(SchoolUrn urn) {
        return new SchoolOnboarded(urn.value(), "Hillside Primary School");
    }

    public static PlacementContactAdded added(SchoolUrn urn, PlacementContact contact) {
        return new PlacementContactAdded(urn.value(), contact.firstNameOrNull(), contact.lastNameOrNull(), contact.email().value());
    }

    public static PlacementContactChanged changed(SchoolUrn urn, PlacementContact contact) {
        return new PlacementContactChanged(urn.value(), contact.firstNameOrNull(), contact.lastNameOrNull(), contact.email().value());
    }
}
