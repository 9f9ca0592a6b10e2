package uk.gov.education.placements.placement.command.partnership;

import uk.gov.education.placements.support.rule.RuleViolation;

/** Refused by the uniqueness of a school-provider pair. */
public final class PartnershipExists extends RuleViolation {

    public PartnershipExists(PartnershipId partnership) {
        super(Kind.CONFLICT, "partnership-exists", "Partnership already exists", "School " + partnership.schoolUrn()
                + " is already in partnership with provider " + partnership.providerCode() + ".");
    }
}
