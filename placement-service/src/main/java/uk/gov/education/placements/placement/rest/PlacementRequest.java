package uk.gov.education.placements.placement.rest;

import java.util.List;
import java.util.UUID;

import uk.gov.education.placements.placement.command.placement.PlacementForm;

/** The contract's placement body; {@code id} is optional (the service chooses one when it is missing). */
public record PlacementRequest(
        UUID id,
        String phase,
        String subject,
        List<String> additionalSubjects,
        String yearGroup,
        List<String> mentors,
        String academicYear,
        List<String> terms) {

    PlacementForm toForm() {
        return new PlacementForm(phase, subject, additionalSubjects, yearGroup, mentors, academicYear, terms);
    }
}
