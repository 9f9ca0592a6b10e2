package uk.gov.education.placements.placement.command.placement;

import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;

/**
 * The Placement's business rules, by name, one static method each (as school-service's
 * SchoolRules). Each either lets the command through or throws the {@code RuleViolation} users
 * see; the aggregate calls them before it applies anything. What the details must be is
 * {@link PlacementDetailsRules}.
 */
final class PlacementRules {

    private PlacementRules() {
    }

    /**
     * A school adds and edits placements only once it has a placement contact, so that every
     * placement a provider sees has someone to contact.
     *
     * <p>The check reads an eventually consistent projection, and that is safe because a contact
     * can never be removed: "has a contact" only ever turns from false to true. A stale projection
     * can refuse a school that has just added its contact (the gateway retries, or sends
     * {@code X-School-Version} to wait for it), but it can never let through a school without one.
     */
    static void placementContactRequired(SchoolUrn school, PlacementContacts contacts) {
        if (!contacts.hasPlacementContact(school)) {
            throw new PlacementContactMissing();
        }
    }

    /** A school assigns a placement only to one of its partner providers. */
    static void onlyPartnerProviders(SchoolUrn school, ProviderCode provider, PartnerProviders partners) {
        if (!partners.isPartner(school, provider)) {
            throw new NotAPartnerProvider(school, provider);
        }
    }

    /** A provider relies on an assigned placement: it is deleted only while no provider is assigned. */
    static void onlyUnassignedPlacementsCanBeDeleted(ProviderCode assignedProvider) {
        if (assignedProvider != null) {
            throw new PlacementAssigned(assignedProvider);
        }
    }
}
