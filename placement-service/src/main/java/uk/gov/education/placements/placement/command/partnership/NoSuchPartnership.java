package uk.gov.education.placements.placement.command.partnership;

import uk.gov.education.placements.support.rule.RuleViolation;

/** Ending a partnership that does not exist (never created, or already ended). */
public final class NoSuchPartnership extends RuleViolation {

    public NoSuchPartnership(PartnershipId partnership) {
        super(Kind.NOT_FOUND, "partnership-not-found", "Partnership not found", "School " + partnership.schoolUrn()
                + " has no partnership with provider " + partnership.providerCode() + ".");
    }
}
