package uk.gov.education.placements.support.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.core.io.FileSystemResource;

/** A service without an issuer, an audience or a key refuses to start, and says which setting. */
class ResourceServerPropertiesTest {

    @Test
    void withoutAKeyNoTokenCanBeChecked() {
        OAuth2ResourceServerProperties.Jwt jwt = new OAuth2ResourceServerProperties.Jwt();
        jwt.setJwkSetUri(" ");
        jwt.setAudiences(List.of("placements"));

        assertThatThrownBy(() -> ResourceServerProperties.requireKeyAndAudience(jwt))
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.jwk-set-uri or "
                        + "spring.security.oauth2.resourceserver.jwt.public-key-location");
    }

    @Test
    void theIssuerAndTheAudienceAreRequired() {
        assertThatThrownBy(() -> new ResourceServerProperties(null)).hasMessageContaining("placements.security.issuer");
        assertThatThrownBy(() -> new ResourceServerProperties(" ")).hasMessageContaining("placements.security.issuer");

        OAuth2ResourceServerProperties.Jwt jwt = new OAuth2ResourceServerProperties.Jwt();
        jwt.setPublicKeyLocation(new FileSystemResource("key.pem"));
        assertThatThrownBy(() -> ResourceServerProperties.requireKeyAndAudience(jwt))
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences");
        jwt.setAudiences(List.of(""));
        assertThatThrownBy(() -> ResourceServerProperties.requireKeyAndAudience(jwt))
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences");
    }

    @Test
    void aKeyEitherWayAndAnAudienceAreEnough() {
        OAuth2ResourceServerProperties.Jwt byKey = new OAuth2ResourceServerProperties.Jwt();
        byKey.setPublicKeyLocation(new FileSystemResource("key.pem"));
        byKey.setAudiences(List.of("placements"));
        OAuth2ResourceServerProperties.Jwt byJwkSet = new OAuth2ResourceServerProperties.Jwt();
        byJwkSet.setJwkSetUri("https://identity.example/keys");
        byJwkSet.setAudiences(List.of("placements"));

        assertThatCode(() -> ResourceServerProperties.requireKeyAndAudience(byKey)).doesNotThrowAnyException();
        assertThatCode(() -> ResourceServerProperties.requireKeyAndAudience(byJwkSet)).doesNotThrowAnyException();
    }
}
