package uk.gov.education.placements.providerview.rest;

import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import uk.gov.education.placements.providerview.query.SchoolReadModelRepository;
import uk.gov.education.placements.providerview.query.SchoolUrn;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class SchoolController {

    private final SchoolReadModelRepository schools;

    SchoolController(SchoolReadModelRepository schools) {
        this.schools = schools;
    }

    @GetMapping("/schools/{urn}")
    SchoolResponse school(@PathVariable String urn, HttpServletRequest request) {
        ProviderViewAccess.readingTheProviderView();
        QueryParameters parameters = QueryParameters.of(request, Set.of());
        SchoolUrn schoolUrn = Paths.schoolUrn(urn, parameters);
        parameters.throwIfInvalid();
        return schools.find(schoolUrn)
                .map(SchoolResponse::of)
                .orElseThrow(() -> schoolNotFound(urn));
    }

    static ProblemException schoolNotFound(String urn) {
        return new ProblemException(Problems.problem(HttpStatus.NOT_FOUND, "school-not-found", "School not found",
                "There is no school with URN " + urn));
    }
}
