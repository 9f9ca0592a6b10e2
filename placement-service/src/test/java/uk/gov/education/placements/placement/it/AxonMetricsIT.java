package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;

/** axon-micrometer measures the command bus per payload type (dimensional), beside the service's own meters. */
@RealPlacementService
class AxonMetricsIT {

    @Autowired
    Api api;
    @Autowired
    SchoolEvents schoolEvents;
    @Autowired
    SchoolContactStateRepository states;
    @Autowired
    MeterRegistry meters;

    @Test
    void aHandledCommandIsMeasuredByAxonUnderItsPayloadType() {
        SchoolUrn school = anyUrn();
        schoolEvents.schoolWithContact(school.value());
        await().until(() -> states.version(school) == 1);

        Api.Response created = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        await().untilAsserted(() -> assertThat(meters.getMeters()).map(Meter::getId)
                .anySatisfy(id -> assertThat(String.valueOf(id.getTag("payloadType"))).endsWith("CreatePlacementCommand")));
    }
}
