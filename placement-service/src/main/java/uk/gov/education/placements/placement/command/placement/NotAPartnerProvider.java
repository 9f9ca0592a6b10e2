package uk.gov.education.placements.placement.command.placement;

import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.support.rule.RuleViolation;

/** Refused by {@link PlacementRules#onlyPartnerProviders}. */
public final class NotAPartnerProvider extends RuleViolation {

    public NotAPartnerProvider(SchoolUrn school, ProviderCode provider) {
        super(Kind.CONFLICT, "not-a-partner-provider", "Not a partner provider", "Provider " + provider
                + " is not a partner provider of school " + school + ". Add the partnership before you assign a placement to it.");
    }
}
