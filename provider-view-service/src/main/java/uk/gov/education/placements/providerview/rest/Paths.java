package uk.gov.education.placements.providerview.rest;

import java.util.List;
import java.util.UUID;

import uk.gov.education.placements.providerview.query.SchoolUrn;
import uk.gov.education.placements.support.web.FieldMessage;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

/**
 * Path variables, read by hand rather than converted by Spring so that the access rule runs before
 * them: a caller who may not use an endpoint gets 403 whatever the path holds.
 */
final class Paths {

    private static final String ID_MESSAGE = "Enter an id like 3f2b6a52-0c4e-4d7e-9d43-1a8c5a0b9e11";

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

    /** The id, or null after recording why it is not one (the request then ends in 400). */
    static UUID uuid(String field, String id, QueryParameters errors) {
        UUID uuid = uuidOrNull(id);
        if (uuid == null) {
            errors.reject(field, ID_MESSAGE);
        }
        return uuid;
    }

    /** The id, or a 400 problem naming the field. */
    static UUID uuid(String field, String id) {
        UUID uuid = uuidOrNull(id);
        if (uuid == null) {
            throw new ProblemException(Problems.validation(List.of(new FieldMessage(field, ID_MESSAGE))));
        }
        return uuid;
    }

    private static UUID uuidOrNull(String id) {
        try {
            return id.length() == 36 ? UUID.fromString(id) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
