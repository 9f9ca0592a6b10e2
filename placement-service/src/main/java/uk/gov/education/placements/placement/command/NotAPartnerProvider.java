package uk.gov.education.placements.placement.command;

/** Refused by {@link OnlyPartnerProviders}. */
public class NotAPartnerProvider extends PlacementRuleViolation {

    public NotAPartnerProvider(SchoolUrn school, ProviderCode provider) {
        super("Provider " + provider + " is not a partner provider of school " + school
                + ". Add the partnership before you assign a placement to it.");
    }
}
