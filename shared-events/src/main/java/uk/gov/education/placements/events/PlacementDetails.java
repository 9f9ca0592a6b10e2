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
        EventFields.text("details.phase", phase);
        EventFields.text("details.subject", subject);
        EventFields.text("details.academicYear", academicYear);
        additionalSubjects = EventFields.list("details.additionalSubjects", additionalSubjects);
        mentors = EventFields.list("details.mentors", mentors);
        terms = EventFields.list("details.terms", terms);
    }
}
