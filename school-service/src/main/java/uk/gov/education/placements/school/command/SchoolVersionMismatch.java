package uk.gov.education.placements.school.command;

import uk.gov.education.placements.support.rule.RuleViolation;

/** Refused by {@link SchoolRules#expectedVersionMustBeCurrent}: If-Match names a version the School is not at. */
public final class SchoolVersionMismatch extends RuleViolation {

    public static final String MESSAGE = "The school's details have changed since you last saw them. Check them and try again.";

    public SchoolVersionMismatch() {
        super(Kind.STALE, "school-changed", "The school has changed", MESSAGE);
    }
}
