package uk.gov.education.placements.gateway.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The local stack's demo users, the same three {@code DemoIdentity} writes token files for: a
 * user of the demo school, a user of the demo provider, and a support user.
 */
public enum DemoUser {
    SCHOOL_USER("school-user", "demo-school-user"),
    PROVIDER_USER("provider-user", "demo-provider-user"),
    SUPPORT_USER("support-user", "demo-support-user");

    private final String key;
    private final String userId;

    DemoUser(String key, String userId) {
        this.key = key;
        this.userId = userId;
    }

    /** The value the sign-in page sends. */
    public String key() {
        return key;
    }

    public String userId() {
        return userId;
    }

    public static Optional<DemoUser> byKey(String key) {
        return Arrays.stream(values()).filter(user -> user.key.equals(key)).findFirst();
    }
}
