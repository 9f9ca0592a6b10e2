package uk.gov.education.placements.placement.rest;

import java.util.List;

import uk.gov.education.placements.placement.command.InvalidValueException;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.support.web.FieldMessage;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

/** Turning request values into domain values, with a 400 that names the field when they are wrong. */
final class Requests {

    /** Partnerships have no production wording; ours, in the style of the others. */
    static final String ENTER_A_PROVIDER_CODE = "Enter a provider code, like 1TZ";

    private Requests() {
    }

    static SchoolUrn urn(String value) {
        try {
            return new SchoolUrn(value);
        } catch (InvalidValueException e) {
            throw invalid("urn", e.getMessage());
        }
    }

    static ProviderCode provider(String field, String value, String message) {
        try {
            return new ProviderCode(value);
        } catch (InvalidValueException e) {
            throw invalid(field, message);
        }
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(Problems.validation(List.of(new FieldMessage(field, message))));
    }
}
