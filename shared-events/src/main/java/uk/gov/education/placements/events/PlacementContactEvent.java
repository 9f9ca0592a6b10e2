package uk.gov.education.placements.events;

/** An event that carries a school's whole placement contact. */
public sealed interface PlacementContactEvent extends SchoolEvent
        permits PlacementContactAdded, PlacementContactChanged {

    String firstName();

    String lastName();

    String email();
}
