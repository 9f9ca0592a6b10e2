package uk.gov.education.placements.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

class TraceContextsTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final CloudEvent event = CloudEventBuilder.v1().withId("e-1").withType("SchoolOnboarded.v1")
            .withSource(URI.create("school-service")).withSubject("100000").build();

    @Test
    void theContextInAnEventsMetadataBecomesItsCloudEventsDistributedTracingExtensionAndBack() {
        Map<String, String> stored = TraceContexts.of(MetaData.from(Map.of(
                "traceparent", TRACEPARENT, "tracestate", "congo=t61rcWkgMzE", "correlationId", "c-1")));

        CloudEvent published = TraceContexts.withExtension(event, stored);

        assertThat(published.getExtension("traceparent")).isEqualTo(TRACEPARENT);
        assertThat(published.getExtension("tracestate")).isEqualTo("congo=t61rcWkgMzE");
        assertThat(TraceContexts.of(published)).isEqualTo(Map.of("traceparent", TRACEPARENT, "tracestate", "congo=t61rcWkgMzE"));
        assertThat(published.getId()).isEqualTo(event.getId());
    }

    @Test
    void anEventStoredWithoutContextIsPublishedWithoutTheExtension() {
        CloudEvent published = TraceContexts.withExtension(event, TraceContexts.of(MetaData.emptyInstance()));

        assertThat(published).isSameAs(event);
        assertThat(TraceContexts.of(published)).isEmpty();
    }

    @Test
    void anExtensionThatIsNotTextIsNoContextAndNoReasonToRefuseTheEvent() {
        CloudEvent odd = CloudEventBuilder.v1(event).withExtension("traceparent", 42).build();

        assertThat(TraceContexts.of(odd)).isEmpty();
    }

    @Test
    void withTracingOffNothingIsCarriedOn() {
        assertThat(TraceContexts.none().current()).isEmpty();
    }
}
