package uk.gov.education.placements.placement.command.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.education.placements.placement.command.Placements.primaryDetails;
import static uk.gov.education.placements.placement.command.Placements.primaryForm;
import static uk.gov.education.placements.placement.command.Placements.secondaryDetails;
import static uk.gov.education.placements.placement.command.Placements.secondaryForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.education.placements.events.PlacementDetails;

class PlacementDetailsRulesTest {

    private static List<Violation> violationsOf(PlacementForm form) {
        InvalidPlacementDetails invalid = catchThrowableOfType(InvalidPlacementDetails.class,
                () -> PlacementDetailsRules.check(form));
        assertThat(invalid).as("expected %s to be refused", form).isNotNull();
        return invalid.violations();
    }

    private static PlacementForm primaryWith(String field, Object value) {
        PlacementForm f = primaryForm();
        return with(f, field, value);
    }

    @SuppressWarnings("unchecked")
    private static PlacementForm with(PlacementForm f, String field, Object value) {
        return new PlacementForm(
                field.equals("phase") ? (String) value : f.phase(),
                field.equals("subject") ? (String) value : f.subject(),
                field.equals("additionalSubjects") ? (List<String>) value : f.additionalSubjects(),
                field.equals("yearGroup") ? (String) value : f.yearGroup(),
                field.equals("mentors") ? (List<String>) value : f.mentors(),
                field.equals("academicYear") ? (String) value : f.academicYear(),
                field.equals("terms") ? (List<String>) value : f.terms());
    }

    @Test
    void acceptsACompletePrimaryPlacementAndPutsTermsInCalendarOrder() {
        assertThat(PlacementDetailsRules.check(primaryForm())).isEqualTo(primaryDetails());
    }

    @Test
    void acceptsASecondaryPlacementWithAdditionalSubjects() {
        assertThat(PlacementDetailsRules.check(secondaryForm())).isEqualTo(secondaryDetails());
    }

    @Test
    void asksForAPhaseWhenItIsMissingOrUnknown() {
        assertThat(violationsOf(primaryWith("phase", null))).contains(new Violation("phase", "Select a phase"));
        assertThat(violationsOf(primaryWith("phase", "tertiary"))).contains(new Violation("phase", "Select a phase"));
    }

    @Test
    void asksForASubjectWhenItIsMissingUnknownOrOfTheOtherPhase() {
        Violation expected = new Violation("subject", "Select a subject");
        assertThat(violationsOf(primaryWith("subject", null))).containsExactly(expected);
        assertThat(violationsOf(primaryWith("subject", "astrology"))).containsExactly(expected);
        assertThat(violationsOf(primaryWith("subject", "physics"))).containsExactly(expected);
    }

    @Test
    void anAdditionalSubjectIsNotAMainSubject() {
        PlacementForm french = with(secondaryForm(), "subject", "french");
        assertThat(violationsOf(with(french, "additionalSubjects", List.of())))
                .containsExactly(new Violation("subject", "Select a subject"));
    }

    @Test
    void asksForAnAdditionalSubjectWhenTheSubjectNeedsOne() {
        Violation expected = new Violation("additionalSubjects", "Select an additional subject");
        assertThat(violationsOf(with(secondaryForm(), "additionalSubjects", List.of()))).containsExactly(expected);
        assertThat(violationsOf(with(secondaryForm(), "additionalSubjects", null))).containsExactly(expected);
        assertThat(violationsOf(with(secondaryForm(), "additionalSubjects", List.of("physics")))).containsExactly(expected);
        assertThat(violationsOf(with(secondaryForm(), "additionalSubjects", Arrays.asList("french", null))))
                .containsExactly(expected);
    }

    @Test
    void refusesAdditionalSubjectsForASubjectThatHasNone() {
        assertThat(violationsOf(primaryWith("additionalSubjects", List.of("french"))))
                .containsExactly(new Violation("additionalSubjects", "Select an additional subject"));
    }

    @Test
    void asksForAYearGroupOnAPrimaryPlacement() {
        Violation expected = new Violation("yearGroup", "Select a year group");
        assertThat(violationsOf(primaryWith("yearGroup", null))).containsExactly(expected);
        assertThat(violationsOf(primaryWith("yearGroup", "year_7"))).containsExactly(expected);
    }

    @Test
    void acceptsEveryPrimaryYearGroup() {
        for (String group : List.of("nursery", "reception", "year_1", "year_2", "year_3", "year_4", "year_5",
                "year_6", "mixed_year_groups")) {
            assertThat(PlacementDetailsRules.check(primaryWith("yearGroup", group)).yearGroup()).isEqualTo(group);
        }
    }

    @Test
    void aSecondaryPlacementKeepsNoYearGroup() {
        assertThat(PlacementDetailsRules.check(with(secondaryForm(), "yearGroup", "year_3")).yearGroup()).isNull();
        assertThat(violationsOf(with(secondaryForm(), "yearGroup", "year_11")))
                .containsExactly(new Violation("yearGroup", "Select a year group"));
    }

    @Test
    void asksForMentorsOrNotYetKnown() {
        Violation expected = new Violation("mentors", "Select a mentor or not yet known");
        assertThat(violationsOf(primaryWith("mentors", null))).containsExactly(expected);
        assertThat(violationsOf(primaryWith("mentors", List.of(" ")))).containsExactly(expected);
        assertThat(violationsOf(primaryWith("mentors", Arrays.asList("Jo", null)))).containsExactly(expected);
        assertThat(violationsOf(primaryWith("mentors", List.of("x".repeat(201))))).containsExactly(expected);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= PlacementDetailsRules.MAX_MENTORS; i++) {
            tooMany.add("Mentor " + i);
        }
        assertThat(violationsOf(primaryWith("mentors", tooMany))).containsExactly(expected);
    }

    @Test
    void noMentorsMeansNotYetKnownAndNamesAreTrimmed() {
        assertThat(PlacementDetailsRules.check(primaryWith("mentors", List.of())).mentors()).isEmpty();
        assertThat(PlacementDetailsRules.check(primaryWith("mentors", List.of(" Jo Bloggs ", "Jo Bloggs"))).mentors())
                .containsExactly("Jo Bloggs");
    }

    @Test
    void requiresAnAcademicYearLike2025Slash26() {
        Violation expected = new Violation("academicYear", "Select an academic year");
        for (String year : Arrays.asList(null, "", "2025", "2025/27", "2025-26", "25/26", "2025/2026", "1999/00")) {
            assertThat(violationsOf(primaryWith("academicYear", year))).as(year).containsExactly(expected);
        }
        assertThat(PlacementDetailsRules.check(primaryWith("academicYear", "2099/00")).academicYear()).isEqualTo("2099/00");
    }

    @Test
    void noTermsMeansAnyTimeAndUnknownTermsAreRefused() {
        assertThat(PlacementDetailsRules.check(primaryWith("terms", null)).terms()).isEmpty();
        assertThat(PlacementDetailsRules.check(primaryWith("terms", List.of("summer", "autumn", "summer"))).terms())
                .containsExactly("autumn", "summer");
        assertThat(violationsOf(primaryWith("terms", List.of("winter"))))
                .containsExactly(new Violation("terms", "Select a term or any time"));
    }

    @Test
    void reportsEveryWrongFieldAtOnceInFormOrder() {
        PlacementForm empty = new PlacementForm(null, null, null, null, null, null, null);
        assertThat(violationsOf(empty)).containsExactly(
                new Violation("phase", "Select a phase"),
                new Violation("subject", "Select a subject"),
                new Violation("mentors", "Select a mentor or not yet known"),
                new Violation("academicYear", "Select an academic year"));
    }

    @Test
    void theNormalisedDetailsPassTheRulesUnchanged() {
        PlacementDetails details = PlacementDetailsRules.check(primaryForm());
        assertThat(PlacementDetailsRules.check(PlacementForm.of(details))).isEqualTo(details);
    }
}
