package uk.gov.education.placements.school.rest;

import org.springframework.http.HttpStatus;

import uk.gov.education.placements.school.command.SchoolUrn;
import uk.gov.education.placements.school.query.SchoolView;
import uk.gov.education.placements.school.query.SchoolViewRepository;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

/** Path URNs and the 404s of the school's own view. */
final class Lookups {

    private Lookups() {
    }

    static SchoolUrn urn(String raw) {
        return FieldErrors.require("urn", () -> new SchoolUrn(raw));
    }

    static SchoolView school(SchoolViewRepository schools, String rawUrn) {
        SchoolUrn urn = urn(rawUrn);
        return schools.find(urn.value()).orElseThrow(() -> schoolNotFound(urn.value()));
    }

    static ProblemException schoolNotFound(String urn) {
        return new ProblemException(Problems.problem(HttpStatus.NOT_FOUND, "school-not-found", "School not found",
                "There is no school with URN " + urn + "."));
    }
}
