package uk.gov.education.placements.school.rest;


import uk.gov.education.placements.school.command.SchoolNotFound;
import uk.gov.education.placements.school.command.SchoolUrn;
import uk.gov.education.placements.school.query.SchoolView;
import uk.gov.education.placements.school.query.SchoolViewRepository;

/** Path URNs and the 404s of the school's own view. */
final class Lookups {

    private Lookups() {
    }

    static SchoolUrn urn(String raw) {
        return FieldErrors.require("urn", () -> new SchoolUrn(raw));
    }

    static SchoolView school(SchoolViewRepository schools, String rawUrn) {
        SchoolUrn urn = urn(rawUrn);
        return schools.find(urn.value()).orElseThrow(() -> new SchoolNotFound(urn.value()));
    }
}
