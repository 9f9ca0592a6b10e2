package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RealPlacementService
class HealthIT {

    @Autowired
    Api api;

    /** Probes answer without a token: the platform that asks has none. */
    @Test
    void isReadyOnceItsDatabaseOutboxAndKafkaConsumerAreUp() {
        Api anonymous = api.as(null);
        await().untilAsserted(() -> assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200));

        Api.Response readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.body().path("status").asText()).isEqualTo("UP");
        assertThat(readiness.body().path("components").fieldNames())
                .toIterable().containsExactlyInAnyOrder("readinessState", "db", "outbox", "kafkaConsumers");
    }

    @Test
    void isLive() {
        Api.Response liveness = api.as(null).get("/actuator/health/liveness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body().path("status").asText()).isEqualTo("UP");
    }
}
