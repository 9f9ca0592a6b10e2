package uk.gov.education.placements.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens a service accepts, {@code placements.security.*}.
 *
 * @param issuer            the identity provider's issuer ({@code iss}), required
 * @param audience          this system's audience ({@code aud} must hold it), required
 * @param jwkSetUri         where the provider's signing keys are (production); or
 * @param publicKeyLocation a PEM RSA public key ({@code file:...}, the local stack and tests)
 */
@ConfigurationProperties("placements.security")
public record ResourceServerProperties(String issuer, String audience, String jwkSetUri, String publicKeyLocation) {

    public ResourceServerProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("Set placements.security.issuer: the issuer whose tokens this service accepts");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("Set placements.security.audience: the audience a token must be for");
        }
        if (blank(jwkSetUri) && blank(publicKeyLocation)) {
            throw new IllegalArgumentException("Set placements.security.jwk-set-uri or placements.security.public-key-location:"
                    + " without a key no token can be checked");
        }
    }

    boolean hasJwkSetUri() {
        return !blank(jwkSetUri);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
