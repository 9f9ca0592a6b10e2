package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;

@RealPlacementService
class ContactGuardIT {

    static final String MESSAGE = "Before you add a placement, you must add a placement contact "
            + "so that the teacher training providers can contact you.";

    @Autowired
    Api api;
    @Autowired
    SchoolEvents schoolEvents;
    @Autowired
    SchoolContactStateRepository states;
    @Value("${placements.topics.school-events}")
    String schoolEventsTopic;

    @Test
    void refusesAPlacementUntilTheSchoolsContactArrivesFromKafkaThenAcceptsIt() {
        SchoolUrn school = anyUrn();
        schoolEvents.onboarded(school.value());
        await().until(() -> states.version(school) == 0);

        Api.Response refused = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemType()).isEqualTo("placement-contact-required");
        assertThat(refused.body().path("detail").asText()).isEqualTo(MESSAGE);

        schoolEvents.contactAdded(school.value(), 1);
        await().until(() -> states.hasPlacementContact(school));

        Api.Response accepted = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    }

    @Test
    void refusesAPlacementForASchoolItHasNeverHeardOf() {
        Api.Response refused = api.post("/schools/" + anyUrn() + "/placements", Bodies.primaryPlacement());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("placement-contact-required");
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothing() {
        SchoolUrn school = anyUrn();
        EventEnvelope onboarded = schoolEvents.onboarded(school.value());
        EventEnvelope added = schoolEvents.contactAdded(school.value(), 1);
        schoolEvents.contactChanged(school.value(), 2);
        await().until(() -> states.version(school) == 2);

        schoolEvents.publish(added);
        schoolEvents.publish(onboarded);
        // A marker after the duplicates: once it is applied, the duplicates (earlier on the same partition) were seen.
        schoolEvents.contactChanged(school.value(), 3);
        await().until(() -> states.version(school) == 3);

        assertThat(states.hasPlacementContact(school)).isTrue();
    }

    @Test
    void anEventAfterAGapInTheSchoolsSequenceWaitsForTheMissingOneAndThenBothApply() {
        SchoolUrn school = anyUrn();
        schoolEvents.onboarded(school.value());
        schoolEvents.contactChanged(school.value(), 2);
        await().until(() -> states.summary(100).gaps().stream()
                .anyMatch(gap -> gap.aggregate().endsWith("/" + school) && gap.missing() == 1));
        assertThat(states.version(school)).as("the version never claims an event not seen").isZero();

        schoolEvents.contactAdded(school.value(), 1);

        await().until(() -> states.version(school) == 2);
        assertThat(states.hasPlacementContact(school)).isTrue();
        assertThat(states.summary(100).gaps()).noneMatch(gap -> gap.aggregate().endsWith("/" + school));
    }

    @Test
    void sendsUnreadableRecordsToTheDeadLetterTopicAndKeepsConsuming() {
        SchoolUrn school = anyUrn();
        try (TopicReader<byte[]> deadLetters = new TopicReader<>(schoolEventsTopic + ".placement-service.dlt",
                new ByteArrayDeserializer())) {
            schoolEvents.publishRaw(school.value(), "not a cloud event".getBytes());
            schoolEvents.publishRaw(school.value(), "{\"schoolUrn\":\"%s\"}".formatted(school).getBytes(),
                    "ce_specversion", "1.0", "ce_id", "x-1", "ce_source", "school-service",
                    "ce_type", "SchoolRenamed.v7", "ce_time", "2026-01-15T10:00:00Z",
                    "ce_aggregateid", school.value(), "ce_aggregatesequence", "1",
                    "content-type", "application/json");
            schoolEvents.schoolWithContact(school.value());

            await().until(() -> states.hasPlacementContact(school));
            List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitRecords(school.value(), 2);
            assertThat(dead).extracting(record -> new String(record.value()))
                    .containsExactly("not a cloud event", "{\"schoolUrn\":\"%s\"}".formatted(school));
            assertThat(dead.get(1).headers().lastHeader("ce_type").value()).asString().isEqualTo("SchoolRenamed.v7");
        }
    }

    @Test
    void aReadableEventThatIsNoSchoolEventIsDeadLetteredAloneAndTheSchoolsEventsStillApply() {
        SchoolUrn school = anyUrn();
        try (TopicReader<byte[]> deadLetters = new TopicReader<>(schoolEventsTopic + ".placement-service.dlt",
                new ByteArrayDeserializer())) {
            schoolEvents.onboarded(school.value());
            EventEnvelope misplaced = schoolEvents.publish(new EventEnvelope(java.util.UUID.randomUUID().toString(),
                    "placement-service", java.time.Instant.parse("2026-01-15T10:00:00Z"), school + ":1TZ", 0,
                    new uk.gov.education.placements.events.PartnershipCreated(school.value(), "1TZ")));
            schoolEvents.contactAdded(school.value(), 1);

            await().until(() -> states.hasPlacementContact(school));
            List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitRecords(school.value(), 1);
            assertThat(dead).singleElement().satisfies(record -> {
                assertThat(new String(record.headers().lastHeader("ce_id").value())).isEqualTo(misplaced.id());
                assertThat(new String(record.headers().lastHeader("dlt-reason").value()))
                        .contains("is not an event of the School aggregate");
            });
        }
    }
}
