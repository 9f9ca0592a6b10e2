package uk.gov.education.placements.school.command;

public final class PlacementContactAlreadyAdded extends SchoolRuleViolation {

    public static final String MESSAGE = "Placement contact has already been added.";

    public PlacementContactAlreadyAdded(String schoolUrn) {
        super(schoolUrn, MESSAGE);
    }

    @Override
    public String rule() {
        return "onlyOneContactPerSchool";
    }
}
