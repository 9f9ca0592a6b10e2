package uk.gov.education.placements.placement.rest;

import java.util.List;
import java.util.UUID;

import uk.gov.education.placements.placement.query.PlacementView;

/** A placement as its school sees it. {@code status} is "available" or "assigned". */
public record PlacementResponse(
        UUID id,
        String schoolUrn,
        String status,
        String providerCode,
        String phase,
        String subject,
        List<String> additionalSubjects,
        String yearGroup,
        List<String> mentors,
        String academicYear,
        List<String> terms) {

    static PlacementResponse of(PlacementView view) {
        return new PlacementResponse(view.id(), view.schoolUrn(), view.status(), view.providerCode(), view.phase(),
                view.subject(), view.additionalSubjects(), view.yearGroup(), view.mentors(), view.academicYear(),
                view.terms());
    }
}
