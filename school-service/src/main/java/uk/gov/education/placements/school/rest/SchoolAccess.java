package uk.gov.education.placements.school.rest;

import uk.gov.education.placements.support.security.Access;

/**
 * Who may do what in school-service, one named rule per kind of action. Controllers apply a rule
 * before they look at anything the request names, so a caller who may not act for a school learns
 * nothing about it: not whether it exists, not what its contact is (403, never 404).
 *
 * <p>Support users act for every school. Analysts and provider users have nothing to do here.
 */
final class SchoolAccess {

    private SchoolAccess() {
    }

    /** Onboarding puts a new school into the service, which only support users may do. */
    static void onboardingSchools() {
        Access.require(Access.caller().isSupport());
    }

    /**
     * A school's details, its placement contact and the contact's history are for the school's own
     * users, and support. Checked against the URN as written in the path, before it is validated:
     * a URN that is not in the caller's token is refused whatever it looks like.
     */
    static void actingForSchool(String rawUrn) {
        Access.require(Access.caller().actsForSchool(rawUrn));
    }
}
