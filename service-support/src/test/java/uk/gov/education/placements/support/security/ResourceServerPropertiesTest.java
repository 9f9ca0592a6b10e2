package uk.gov.education.placements.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A service without an issuer, an audience or a key refuses to start, and says which setting. */
class ResourceServerPropertiesTest {

    @Test
    void withoutAKeyNoTokenCanBeChecked() {
        assertThatThrownBy(() -> new ResourceServerProperties("https://issuer", "placements", " ", null))
                .hasMessageContaining("placements.security.jwk-set-uri or placements.security.public-key-location");
    }

    @Test
    void theIssuerAndTheAudienceAreRequired() {
        assertThatThrownBy(() -> new ResourceServerProperties(null, "placements", null, "file:key.pem"))
                .hasMessageContaining("placements.security.issuer");
        assertThatThrownBy(() -> new ResourceServerProperties("https://issuer", "", null, "file:key.pem"))
                .hasMessageContaining("placements.security.audience");
    }

    @Test
    void aJwkSetUriIsPreferredToAPublicKey() {
        assertThat(new ResourceServerProperties("https://issuer", "placements", "https://keys", null).hasJwkSetUri()).isTrue();
        assertThat(new ResourceServerProperties("https://issuer", "placements", null, "file:key.pem").hasJwkSetUri()).isFalse();
    }
}
