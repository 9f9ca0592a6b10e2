package uk.gov.education.placements.placement.command.placement;

import java.util.List;

import uk.gov.education.placements.events.PlacementDetails;

/**
 * A placement's details as a school entered them: raw codes, anything may be missing or wrong.
 * {@link PlacementDetailsRules} turns it into {@link PlacementDetails} or says what to fix. Unlike
 * {@code PlacementDetails}, a missing list stays null here, because "no mentors given" and "mentors
 * not yet known" ({@code []}) are different answers.
 */
public record PlacementForm(
        String phase,
        String subject,
        List<String> additionalSubjects,
        String yearGroup,
        List<String> mentors,
        String academicYear,
        List<String> terms) {

    public static PlacementForm of(PlacementDetails details) {
        return new PlacementForm(details.phase(), details.subject(), details.additionalSubjects(),
                details.yearGroup(), details.mentors(), details.academicYear(), details.terms());
    }
}
