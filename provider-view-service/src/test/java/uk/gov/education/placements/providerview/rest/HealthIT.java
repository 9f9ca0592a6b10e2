package uk.gov.education.placements.providerview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.gov.education.placements.providerview.ProviderViewIT;

class HealthIT extends ProviderViewIT {

    @Test
    void theServiceIsLiveAndReadyOnceItsDatabaseAndConsumersAreUpAndSaysSoWithoutAToken() {
        String noToken = null;
        assertThat(awaitJson("/actuator/health/liveness", noToken, body -> true).get("status").asText()).isEqualTo("UP");
        assertThat(awaitJson("/actuator/health/readiness", noToken, body -> body.get("status").asText().equals("UP"))
                .get("status").asText()).isEqualTo("UP");
    }
}
