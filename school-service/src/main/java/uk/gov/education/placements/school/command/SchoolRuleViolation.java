package uk.gov.education.placements.school.command;

/**
 * A command refused by one of the School's named rules. The message is the user-facing wording;
 * {@link #rule()} names the rule, which the web layer turns into the problem type.
 */
public abstract sealed class SchoolRuleViolation extends RuntimeException
        permits PlacementContactAlreadyAdded, NoPlacementContactYet, SchoolVersionMismatch {

    private final String schoolUrn;

    protected SchoolRuleViolation(String schoolUrn, String message) {
        super(message, null, false, false);
        this.schoolUrn = schoolUrn;
    }

    public String schoolUrn() {
        return schoolUrn;
    }

    public abstract String rule();
}
