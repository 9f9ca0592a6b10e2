package uk.gov.education.placements.school.command;

import uk.gov.education.placements.support.rule.RuleViolation;

/** The URN already has a School stream: the event store refused a second first event. */
public final class SchoolAlreadyOnboarded extends RuleViolation {

    public SchoolAlreadyOnboarded(String schoolUrn) {
        super(Kind.CONFLICT, "school-already-onboarded", "School already onboarded",
                "A school with URN " + schoolUrn + " has already been onboarded.");
    }
}
