package uk.gov.education.placements.school.command;

/** What a contact command leaves behind: the stored contact and the School's version after it. */
public record VersionedContact(PlacementContact contact, long version) {
}
