package uk.gov.education.placements.school.command;

import uk.gov.education.placements.support.rule.RuleViolation;

/** A command or a read for a URN that has never been onboarded. */
public final class SchoolNotFound extends RuleViolation {

    public SchoolNotFound(String schoolUrn) {
        super(Kind.NOT_FOUND, "school-not-found", "School not found", "There is no school with URN " + schoolUrn + ".");
    }
}
