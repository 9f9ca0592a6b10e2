package uk.gov.education.placements.school.command;

import uk.gov.education.placements.support.rule.RuleViolation;

/** Refused by {@link SchoolRules#onlyOneContactPerSchool}. */
public final class PlacementContactAlreadyAdded extends RuleViolation {

    public static final String MESSAGE = "Placement contact has already been added.";

    public PlacementContactAlreadyAdded() {
        super(Kind.CONFLICT, "placement-contact-already-added", "Placement contact already added", MESSAGE);
    }
}
