package uk.gov.education.placements.support.security;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which issuer's tokens a service accepts, {@code placements.security.issuer}. The key and the
 * audience are Spring Boot's own resource-server settings
 * ({@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} or {@code .public-key-location},
 * and {@code .audiences}); the issuer is not Boot's {@code issuer-uri}, because setting that beside
 * a public key makes Boot build the discovery decoder instead, which needs the identity provider
 * online at the first request.
 *
 * @param issuer the identity provider's issuer ({@code iss}), required
 */
@ConfigurationProperties("placements.security")
public record ResourceServerProperties(String issuer) {

    private static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

    public ResourceServerProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("Set placements.security.issuer: the issuer whose tokens this service accepts");
        }
    }

    /** Refuses to start without a key or an audience: Boot would start, and then accept no token or any audience. */
    static void requireKeyAndAudience(OAuth2ResourceServerProperties.Jwt jwt) {
        if (blank(jwt.getJwkSetUri()) && jwt.getPublicKeyLocation() == null) {
            throw new IllegalArgumentException("Set " + JWT + "jwk-set-uri or " + JWT + "public-key-location:"
                    + " without a key no token can be checked");
        }
        if (jwt.getAudiences() == null || jwt.getAudiences().stream().allMatch(ResourceServerProperties::blank)) {
            throw new IllegalArgumentException("Set " + JWT + "audiences: the audience a token must be for");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
