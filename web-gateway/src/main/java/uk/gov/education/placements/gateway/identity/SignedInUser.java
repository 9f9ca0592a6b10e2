package uk.gov.education.placements.gateway.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * Who is signed in, and the bearer token the gateway presents for them. It lives in the
 * server-side HTTP session only (inside Spring Security's context): no page, cookie or log ever
 * shows the token, which is why {@link #toString()} leaves it out.
 */
public record SignedInUser(String userId, String description, List<String> schools, List<String> providers,
                           boolean support, String bearerToken) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        schools = List.copyOf(schools);
        providers = List.copyOf(providers);
    }

    public boolean actsForSchool(String urn) {
        return support || schools.contains(urn);
    }

    public boolean actsForProvider(String providerCode) {
        return support || providers.contains(providerCode);
    }

    public boolean isSchoolUser() {
        return !support && !schools.isEmpty();
    }

    public boolean isProviderUser() {
        return !support && !providers.isEmpty();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + userId + ", schools=" + schools + ", providers=" + providers + ", support=" + support + "]";
    }
}
