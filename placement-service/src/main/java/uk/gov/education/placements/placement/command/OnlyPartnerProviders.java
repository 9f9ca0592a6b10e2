package uk.gov.education.placements.placement.command;

/** Named rule {@code onlyPartnerProviders}: a school assigns a placement only to one of its partner providers. */
public final class OnlyPartnerProviders {

    private OnlyPartnerProviders() {
    }

    static void check(SchoolUrn school, ProviderCode provider, PartnerProviders partners) {
        if (!partners.isPartner(school, provider)) {
            throw new NotAPartnerProvider(school, provider);
        }
    }
}
