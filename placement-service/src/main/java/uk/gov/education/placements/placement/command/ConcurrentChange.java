package uk.gov.education.placements.placement.command;

import uk.gov.education.placements.support.rule.RuleViolation;

/** Two commands on one aggregate from two instances at once: the later one lost, and may simply retry. */
public final class ConcurrentChange extends RuleViolation {

    public ConcurrentChange() {
        super(Kind.CONFLICT, "concurrent-change", "Changed at the same time",
                "Someone else changed this at the same time. Try again.");
    }
}
