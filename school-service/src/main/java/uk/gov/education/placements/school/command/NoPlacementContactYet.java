package uk.gov.education.placements.school.command;

public final class NoPlacementContactYet extends SchoolRuleViolation {

    public static final String MESSAGE = "This school does not have a placement contact yet. Add a placement contact first.";

    public NoPlacementContactYet(String schoolUrn) {
        super(schoolUrn, MESSAGE);
    }

    @Override
    public String rule() {
        return "contactMustExistToChange";
    }
}
