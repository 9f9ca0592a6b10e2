package uk.gov.education.placements.placement.command;

/**
 * Named rule {@code placementContactRequired}: a school adds and edits placements only once it has
 * a placement contact, so that every placement a provider sees has someone to contact.
 *
 * <p>The check reads an eventually consistent projection, and that is safe because a contact can
 * never be removed: "has a contact" only ever turns from false to true. A stale projection can
 * refuse a school that has just added its contact (the gateway retries, or sends
 * {@code X-School-Version} to wait for it), but it can never let through a school without one.
 */
public final class PlacementContactRequired {

    public static final String MESSAGE = "Before you add a placement, you must add a placement contact "
            + "so that the teacher training providers can contact you.";

    private PlacementContactRequired() {
    }

    static void check(SchoolUrn school, PlacementContacts contacts) {
        if (!contacts.hasPlacementContact(school)) {
            throw new PlacementContactMissing(school);
        }
    }
}
