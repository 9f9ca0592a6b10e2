package uk.gov.education.placements.placement.it;

import uk.gov.education.placements.infrastructure.RealInfrastructure;

/**
 * Bearer tokens of the kinds of user placement-service meets, signed by the test identity provider
 * the service trusts. Tests that are not about who may do what call as {@link #support()}.
 */
public final class Tokens {

    public static final String SUPPORT_USER = "support-user-1";

    private Tokens() {
    }

    public static String support() {
        return RealInfrastructure.tokens().support(SUPPORT_USER);
    }

    public static String schoolUser(String userId, String... urns) {
        return RealInfrastructure.tokens().schoolUser(userId, urns);
    }

    public static String providerUser(String userId, String... providerCodes) {
        return RealInfrastructure.tokens().providerUser(userId, providerCodes);
    }

    public static String analyst(String userId) {
        return RealInfrastructure.tokens().analyst(userId);
    }

    /** A signed, valid token of a user who belongs to no organisation and has no role. */
    public static String nobody(String userId) {
        return RealInfrastructure.tokens().sign(RealInfrastructure.tokens().claims(userId).build());
    }
}
