package uk.gov.education.placements.placement.command;

/** Refused by {@link PlacementContactRequired}. */
public class PlacementContactMissing extends PlacementRuleViolation {

    private final transient SchoolUrn school;

    public PlacementContactMissing(SchoolUrn school) {
        super(PlacementContactRequired.MESSAGE);
        this.school = school;
    }

    public SchoolUrn school() {
        return school;
    }
}
