package uk.gov.education.placements.placement.rest;

import java.util.Locale;

import uk.gov.education.placements.support.security.Access;
import uk.gov.education.placements.support.security.Caller;

/**
 * Who may do what in placement-service, one named rule per kind of action; anything else is 403
 * "You cannot perform this action". Support users act for every school and provider; analysts have
 * nothing to do here (they read history elsewhere); provider users read placements through the
 * provider view, not here.
 *
 * <p>A school-scoped path is checked against the URN as written, before it is validated, so a
 * caller learns nothing about a school that is not theirs. A placement is looked up first (its id
 * is an unguessable UUID, so 404 for a missing one tells nothing) and then refused unless the
 * caller acts for its school.
 */
final class PlacementAccess {

    private PlacementAccess() {
    }

    /**
     * Reference data (subjects, year groups) is what every gateway needs to build its forms: any
     * caller with a valid token may read it. Said here, so that every endpoint names its rule.
     */
    static void readingReferenceData() {
        Access.caller();
    }

    /** Placements belong to their school: its own users and support act on them. */
    static void actingForSchool(String rawUrn) {
        Access.require(Access.caller().actsForSchool(rawUrn));
    }

    /**
     * A partnership has two sides, and either may create or end it (as in the production service):
     * the school's users, or the provider's users for their own provider code.
     */
    static void actingForEitherSide(String rawUrn, String rawProviderCode) {
        Caller caller = Access.caller();
        Access.require(caller.actsForSchool(rawUrn) || actsForProvider(caller, rawProviderCode));
    }

    private static boolean actsForProvider(Caller caller, String rawProviderCode) {
        return rawProviderCode != null && caller.actsForProvider(rawProviderCode.trim().toUpperCase(Locale.ROOT));
    }
}
