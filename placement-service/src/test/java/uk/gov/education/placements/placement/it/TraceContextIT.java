package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.infrastructure.WithRealInfrastructure;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;

/**
 * The W3C trace context across both of placement-service's hops, with tracing on as it is in a
 * running service (Spring Boot's tests switch it off unless asked) and every trace sampled: a
 * school event on Kafka is applied in a span of the trace that stored it, and a request's trace
 * reaches the Kafka record of the event its command stored. The logs, switched to JSON, carry the
 * request's trace id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.consumer.group-id=placement-service-trace-it-${random.uuid}",
        "management.tracing.sampling.probability=1.0",
        "logging.structured.format.console=ecs", "logging.config=classpath:logback-structured.xml",
        "logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG"
})
@AutoConfigureObservability(metrics = false)
@WithRealInfrastructure
@Import({TestClients.class, TraceContextIT.CollectedSpans.class})
@ExtendWith(OutputCaptureExtension.class)
// Its own context (tracing on), closed afterwards: a second live consumer group would see the other ITs' events.
@DirtiesContext
class TraceContextIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Api api;
    @Autowired
    SchoolEvents schoolEvents;
    @Autowired
    SchoolContactStateRepository states;
    @Autowired
    CollectedSpans spans;
    @Value("${placements.topics.placement-events}")
    String placementEventsTopic;

    /**
     * Spring Boot sets logging up once per JVM, for the first test context: mark it undone, so that
     * this context's settings (JSON on the console) take effect whichever IT ran before it.
     */
    @BeforeAll
    static void loggingAsThisContextSetsItUp() {
        LoggingSystem.get(TraceContextIT.class.getClassLoader()).cleanUp();
    }

    @Test
    void aSchoolEventIsAppliedInASpanOfTheTraceThatStoredIt() {
        String traceId = randomHex(32);
        String parentSpanId = randomHex(16);
        SchoolUrn school = anyUrn();
        EventEnvelope onboarded = new EventEnvelope(UUID.randomUUID().toString(), "school-service",
                Instant.parse("2026-01-15T10:00:00Z"), school.value(), 0, new SchoolOnboarded(school.value(), "School"));

        schoolEvents.publish(onboarded, Map.of("traceparent", "00-" + traceId + "-" + parentSpanId + "-01"));

        SpanData applied = spans.await(span -> span.getTraceId().equals(traceId));
        assertThat(applied.getName()).isEqualTo("apply SchoolOnboarded.v1");
        assertThat(applied.getParentSpanId()).isEqualTo(parentSpanId);
        assertThat(applied.getAttributes().asMap().toString()).contains(onboarded.id());
        assertThat(states.version(school)).isZero();
    }

    @Test
    void anEventWhoseTraceparentIsNotW3CIsAppliedInANewTraceNotRefused() {
        SchoolUrn school = anyUrn();
        EventEnvelope onboarded = new EventEnvelope(UUID.randomUUID().toString(), "school-service",
                Instant.parse("2026-01-15T10:00:00Z"), school.value(), 0, new SchoolOnboarded(school.value(), "School"));

        schoolEvents.publish(onboarded, Map.of("traceparent", "not-a-traceparent\u202e", "tracestate", "=,=,"));

        await().until(() -> states.version(school) == 0);
        SpanData applied = spans.await(span -> span.getAttributes().asMap().toString().contains(onboarded.id()));
        assertThat(applied.getParentSpanContext().isValid()).as("a root span of its own").isFalse();
    }

    @Test
    void aRequestsTraceReachesTheKafkaRecordOfTheEventItsCommandStoredAndItsLogLines(CapturedOutput output) {
        SchoolUrn school = anyUrn();
        schoolEvents.schoolWithContact(school.value());
        await().until(() -> states.hasPlacementContact(school));
        String traceId = randomHex(32);

        try (TopicReader<CloudEvent> placementEvents = new TopicReader<>(placementEventsTopic, new CloudEventDeserializer())) {
            Api.Response created = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(),
                    "traceparent", "00-" + traceId + "-" + randomHex(16) + "-01");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);

            ConsumerRecord<String, CloudEvent> record = placementEvents.awaitRecords(school.value(), 1).get(0);
            assertThat(record.value().getType()).isEqualTo("PlacementCreated.v1");
            assertThat(record.value().getExtension("traceparent")).asString().startsWith("00-" + traceId + "-");
            Header header = record.headers().lastHeader("ce_traceparent");
            assertThat(header).as("the CloudEvents distributed-tracing extension in binary mode").isNotNull();
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).contains(traceId);
        }
        SpanData server = spans.await(span -> span.getTraceId().equals(traceId) && span.getName().startsWith("http post"));
        assertThat(server.getName()).isEqualTo("http post /schools/{urn}/placements");

        List<JsonNode> lines = output.getOut().lines().filter(line -> line.startsWith("{")).map(TraceContextIT::json).toList();
        assertThat(lines).as("JSON log lines").isNotEmpty()
                .anySatisfy(line -> assertThat(line.path("traceId").asText()).isEqualTo(traceId));
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("Not a JSON log line: " + line, e);
        }
    }

    private static String randomHex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return hex.substring(0, length);
    }

    /** A span exporter (this bean) that keeps every span the service ends; Spring Boot's processor exports in batches. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CollectedSpans implements SpanExporter {

        private final List<SpanData> exported = new CopyOnWriteArrayList<>();

        SpanData await(java.util.function.Predicate<SpanData> matching) {
            return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> exported.stream().filter(matching).findFirst(), java.util.Optional::isPresent).get();
        }

        @Override
        public CompletableResultCode export(java.util.Collection<SpanData> spans) {
            exported.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
