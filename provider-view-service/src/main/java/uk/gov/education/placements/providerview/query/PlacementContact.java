package uk.gov.education.placements.providerview.query;

import java.util.Objects;

import uk.gov.education.placements.events.PlacementContactEvent;

/** A school's placement contact as the events carry it: names may be null (not entered), email never. */
public record PlacementContact(String firstName, String lastName, String email) {

    public PlacementContact {
        Objects.requireNonNull(email, "email");
    }

    public static PlacementContact of(PlacementContactEvent event) {
        return new PlacementContact(event.firstName(), event.lastName(), event.email());
    }
}
