package uk.gov.education.placements.school.command;

import uk.gov.education.placements.support.rule.RuleViolation;

/** Other writers kept changing the School while this command was retried; it was given up. */
public final class ConcurrentChangeConflict extends RuleViolation {

    public ConcurrentChangeConflict() {
        super(Kind.CONFLICT, "concurrent-change", "The school is being changed",
                "Someone else is changing this school at the same time. Try again.");
    }
}
