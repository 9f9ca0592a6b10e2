package uk.gov.education.placements.school.command;

/** The client's If-Match names a version the School is no longer (or never was) at. */
public final class SchoolVersionMismatch extends SchoolRuleViolation {

    public static final String MESSAGE = "The school's details have changed since you last saw them. Check them and try again.";

    public SchoolVersionMismatch(String schoolUrn) {
        super(schoolUrn, MESSAGE);
    }

    @Override
    public String rule() {
        return "expectedVersionMustBeCurrent";
    }
}
