package uk.gov.education.placements.support.security;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from the bearer token the gateway passed on: the user's id, the schools and
 * providers they belong to, and their role. Support users act for every organisation; analysts
 * read history and run replays; a monitoring client (Prometheus) only reads the metrics; everybody
 * else acts only for their own organisations.
 */
public record Caller(String userId, Set<String> schools, Set<String> providers, Role role) {

    public enum Role { SUPPORT, ANALYST, MONITORING, NONE }

    /** Organisations keep the token's order: "the user's first provider" is a default some answers use. */
    public Caller {
        schools = Collections.unmodifiableSet(new LinkedHashSet<>(schools));
        providers = Collections.unmodifiableSet(new LinkedHashSet<>(providers));
    }

    public static Caller from(Jwt jwt) {
        return new Caller(jwt.getSubject(), strings(jwt.getClaim("schools")), strings(jwt.getClaim("providers")),
                role(jwt.getClaimAsString("role")));
    }

    public boolean isSupport() {
        return role == Role.SUPPORT;
    }

    public boolean isAnalyst() {
        return role == Role.ANALYST;
    }

    /** {@code /actuator/prometheus}: what a scraper needs, and nothing more (a monitoring token acts for no one). */
    public boolean mayReadMetrics() {
        return role == Role.SUPPORT || role == Role.MONITORING;
    }

    public boolean actsForSchool(String urn) {
        return isSupport() || schools.contains(urn);
    }

    public boolean actsForProvider(String providerCode) {
        return isSupport() || providers.contains(providerCode);
    }

    public boolean isProviderUser() {
        return !providers.isEmpty();
    }

    private static Role role(String claim) {
        if ("support".equals(claim)) {
            return Role.SUPPORT;
        }
        if ("monitoring".equals(claim)) {
            return Role.MONITORING;
        }
        return "analyst".equals(claim) ? Role.ANALYST : Role.NONE;
    }

    private static Set<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return new LinkedHashSet<>(values.stream().map(String::valueOf).toList());
        }
        return claim == null ? Set.of() : Set.of(String.valueOf(claim));
    }
}
