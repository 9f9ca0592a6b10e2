package uk.gov.education.placements.infrastructure;

/**
 * Bearer tokens of every kind of user, signed by the test identity provider that
 * {@link WithRealInfrastructure} makes the services trust. The common ones are signed once (a
 * token lives an hour), because tests poll with them. Tests that are not about who may do what
 * call as {@link #support()} (or {@link #analyst()} for history and replays).
 */
public final class Tokens {

    public static final String SUPPORT_USER = "support-user-1";
    public static final String ANALYST_USER = "analyst-user-1";

    private static String support;
    private static String analyst;

    private Tokens() {
    }

    public static synchronized String support() {
        if (support == null) {
            support = RealInfrastructure.tokens().support(SUPPORT_USER);
        }
        return support;
    }

    public static synchronized String analyst() {
        if (analyst == null) {
            analyst = RealInfrastructure.tokens().analyst(ANALYST_USER);
        }
        return analyst;
    }

    /** A support user of their own, for tests that look for what this user did. */
    public static String support(String userId) {
        return RealInfrastructure.tokens().support(userId);
    }

    /** An analyst of their own, for tests that look for what this user did. */
    public static String analyst(String userId) {
        return RealInfrastructure.tokens().analyst(userId);
    }

    public static String providerUser(String userId, String... providerCodes) {
        return RealInfrastructure.tokens().providerUser(userId, providerCodes);
    }

    public static String schoolUser(String userId, String... urns) {
        return RealInfrastructure.tokens().schoolUser(userId, urns);
    }

    /** A signed, valid token of a user who belongs to no organisation and has no role. */
    public static String nobody(String userId) {
        return RealInfrastructure.tokens().sign(RealInfrastructure.tokens().claims(userId).build());
    }
}
