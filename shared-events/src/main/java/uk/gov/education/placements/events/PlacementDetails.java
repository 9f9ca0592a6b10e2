package uk.gov.education.placements.events;

import java.util.List;

/**
 * What a school says about a placement, as carried by {@link PlacementCreated} and
 * {@link PlacementUpdated}. Values are the contract's codes ("primary", "year_1", "autumn");
 * empty lists mean "not yet known" (mentors) or "any time" (terms).
 */
public record PlacementDetails(
        String phase,
        String subject,
        List<String> additionalSubjects,
        String yearGroup,
        List<String> mentors,
        String academicYear,
        List<String> terms) {

    public PlacementDetails {
        additionalSubjects = additionalSubjects == null ? List.of() : List.copyOf(additionalSubjects);
        mentors = mentors == null ? List.of() : List.copyOf(mentors);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
