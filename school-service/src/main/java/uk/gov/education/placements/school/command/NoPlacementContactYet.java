package uk.gov.education.placements.school.command;

import uk.gov.education.placements.support.rule.RuleViolation;

/** Refused by {@link SchoolRules#contactMustExistToChange}. */
public final class NoPlacementContactYet extends RuleViolation {

    public static final String MESSAGE = "This school does not have a placement contact yet. Add a placement contact first.";

    public NoPlacementContactYet() {
        super(Kind.CONFLICT, "no-placement-contact", "No placement contact yet", MESSAGE);
    }
}
