package uk.gov.education.placements.providerview.rest;

import uk.gov.education.placements.providerview.query.SchoolUrn;

/** Path variables that need more than a type conversion. */
final class Paths {

    private Paths() {
    }

    /** The URN, or null after recording why it is not one (the request then ends in 400). */
    static SchoolUrn schoolUrn(String urn, QueryParameters errors) {
        if (SchoolUrn.isValid(urn)) {
            return new SchoolUrn(urn);
        }
        errors.reject("urn", "Enter a school URN of 6 or 7 digits");
        return null;
    }
}
