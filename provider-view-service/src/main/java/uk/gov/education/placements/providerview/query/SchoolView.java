package uk.gov.education.placements.providerview.query;

import java.util.Objects;

/**
 * A school as providers see it. {@code name} is null until its SchoolOnboarded arrived;
 * {@code contact} is null until the school added one. {@code version} is the School aggregate's
 * sequence number of the last event applied.
 */
public record SchoolView(String urn, String name, PlacementContact contact, long version) {

    public SchoolView {
        Objects.requireNonNull(urn, "urn");
    }

    public static SchoolView unknown(String urn) {
        return new SchoolView(urn, null, null, -1);
    }

    public SchoolView named(String newName, long newVersion) {
        return new SchoolView(urn, newName, contact, newVersion);
    }

    public SchoolView withContact(PlacementContact newContact, long newVersion) {
        return new SchoolView(urn, name, newContact, newVersion);
    }
}
