package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyProvider;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;

@RealPlacementService
class PlacementLifecycleIT {

    @Autowired
    Api api;
    @Autowired
    SchoolEvents schoolEvents;
    @Autowired
    SchoolContactStateRepository states;
    @Value("${placements.topics.placement-events}")
    String placementEventsTopic;

    private final SchoolUrn school = anyUrn();
    private final ProviderCode provider = anyProvider();

    @BeforeEach
    void schoolWithContact() {
        schoolEvents.schoolWithContact(school.value());
        await().until(() -> states.hasPlacementContact(school));
    }

    @Test
    void aPlacementGoesThroughItsWholeLifeAndEveryStepIsPublished() {
        try (TopicReader<CloudEvent> placementEvents = new TopicReader<>(placementEventsTopic, new CloudEventDeserializer())) {
            Api.Response created = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String location = created.header("Location");
            assertThat(location).matches("/placements/[0-9a-f-]{36}");
            assertThat(created.body().path("status").asText()).isEqualTo("available");
            assertThat(created.body().path("terms").toString()).isEqualTo("[\"autumn\",\"summer\"]");

            Api.Response read = api.get(location);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body()).isEqualTo(created.body());
            assertThat(read.body().path("schoolUrn").asText()).isEqualTo(school.value());

            Api.Response edited = api.patch(location, "{\"yearGroup\": \"mixed_year_groups\", \"mentors\": []}");
            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
            assertThat(edited.body().path("yearGroup").asText()).isEqualTo("mixed_year_groups");
            assertThat(edited.body().path("mentors").size()).isZero();
            assertThat(edited.body().path("subject").asText()).isEqualTo("primary_with_science");
            Api.Response mergePatched = api.patch(location, "{\"terms\": null}", "Content-Type", "application/merge-patch+json");
            assertThat(mergePatched.status()).as(mergePatched.toString()).isEqualTo(200);
            assertThat(mergePatched.body().path("terms").size()).as("null clears: any time").isZero();

            Api.Response notAPartner = api.put(location + "/provider", Bodies.provider(provider.value()));
            assertThat(notAPartner.status()).isEqualTo(409);
            assertThat(notAPartner.problemType()).isEqualTo("not-a-partner-provider");

            assertThat(api.post("/schools/" + school + "/partnerships", Bodies.provider(provider.value())).status()).isEqualTo(201);
            Api.Response assigned = api.put(location + "/provider", Bodies.provider(provider.value().toLowerCase()));
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
            assertThat(assigned.body().path("status").asText()).isEqualTo("assigned");
            assertThat(assigned.body().path("providerCode").asText()).isEqualTo(provider.value());

            Api.Response deleteAssigned = api.delete(location);
            assertThat(deleteAssigned.status()).isEqualTo(409);
            assertThat(deleteAssigned.problemType()).isEqualTo("placement-assigned");

            Api.Response endWhileAssigned = api.delete("/schools/" + school + "/partnerships/" + provider);
            assertThat(endWhileAssigned.status()).isEqualTo(409);
            assertThat(endWhileAssigned.problemType()).isEqualTo("partnership-has-assigned-placements");
            assertThat(endWhileAssigned.body().path("placementIds").get(0).asText()).isEqualTo(id(location));
            assertThat(api.get(location).body().path("status").asText()).as("still assigned").isEqualTo("assigned");

            Api.Response unassigned = api.delete(location + "/provider");
            assertThat(unassigned.status()).isEqualTo(200);
            assertThat(unassigned.body().path("status").asText()).isEqualTo("available");
            assertThat(unassigned.body().path("providerCode").isNull()).isTrue();

            assertThat(api.delete("/schools/" + school + "/partnerships/" + provider).status()).isEqualTo(204);
            assertThat(api.delete(location).status()).isEqualTo(204);
            assertThat(api.get(location).status()).isEqualTo(404);

            List<ConsumerRecord<String, CloudEvent>> published = placementEvents.awaitRecords(school.value(), 8);
            assertThat(published).extracting(record -> record.value().getType()).containsExactly(
                    "PlacementCreated.v1", "PlacementUpdated.v1", "PlacementUpdated.v1", "PartnershipCreated.v1",
                    "PlacementProviderAssigned.v1", "PlacementProviderUnassigned.v1", "PartnershipEnded.v1",
                    "PlacementDeleted.v1");
            assertThat(published).allSatisfy(record -> {
                assertThat(record.value().getSource().toString()).isEqualTo("placement-service");
                assertThat(record.value().getSubject()).isEqualTo(school.value());
            });
            EventEnvelope first = CloudEvents.fromCloudEvent(published.get(0).value());
            assertThat(first.aggregateId()).isEqualTo(id(location));
            assertThat(first.sequence()).isZero();
            assertThat(((PlacementCreated) first.payload()).details().terms()).containsExactly("autumn", "summer");
        }
    }

    @Test
    void aCreateWithAClientChosenIdIsIdempotent() {
        UUID id = UUID.randomUUID();
        Api.Response first = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(id));
        Api.Response again = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(id));
        Api.Response different = api.post("/schools/" + school + "/placements", Bodies.secondaryPlacement(id));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Location")).isEqualTo(first.header("Location")).isEqualTo("/placements/" + id);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.problemType()).isEqualTo("placement-id-taken");
        assertThat(api.get("/placements/" + id).body().path("phase").asText()).isEqualTo("primary");
    }

    @Test
    void theIdOfADeletedPlacementIsNotUsedAgain() {
        UUID id = UUID.randomUUID();
        api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(id));
        assertThat(api.delete("/placements/" + id).status()).isEqualTo(204);

        Api.Response again = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(id));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("placement-id-taken");
    }

    @Test
    void aPartnershipIsUniqueAndCanBeCreatedAgainAfterItEnded() {
        String partnerships = "/schools/" + school + "/partnerships";
        Api.Response created = api.post(partnerships, Bodies.provider(provider.value()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(partnerships + "/" + provider);

        Api.Response duplicate = api.post(partnerships, Bodies.provider(provider.value()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemType()).isEqualTo("partnership-exists");
        assertThat(api.get(partnerships).body().findValuesAsText("providerCode")).containsExactly(provider.value());

        assertThat(api.delete(partnerships + "/" + provider).status()).isEqualTo(204);
        assertThat(api.delete(partnerships + "/" + provider).status()).isEqualTo(404);
        assertThat(api.get(partnerships).body().size()).isZero();
        assertThat(api.post(partnerships, Bodies.provider(provider.value())).status()).isEqualTo(201);
    }

    @Test
    void aPlacementCannotBeAssignedToAPartnerOfAnotherSchool() {
        SchoolUrn other = anyUrn();
        api.post("/schools/" + other + "/partnerships", Bodies.provider(provider.value()));
        String location = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement()).header("Location");

        Api.Response response = api.put(location + "/provider", Bodies.provider(provider.value()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("not-a-partner-provider");
    }

    @Test
    void answers404ForWhatDoesNotExist() {
        String unknown = "/placements/" + UUID.randomUUID();
        assertThat(api.get(unknown).status()).isEqualTo(404);
        assertThat(api.get(unknown).problemType()).isEqualTo("placement-not-found");
        assertThat(api.patch(unknown, "{\"yearGroup\": \"year_1\"}").status()).isEqualTo(404);
        assertThat(api.put(unknown + "/provider", Bodies.provider("1TZ")).status()).isEqualTo(404);
        assertThat(api.delete(unknown + "/provider").status()).isEqualTo(404);
        assertThat(api.delete(unknown).status()).isEqualTo(404);
        Api.Response noPartnership = api.delete("/schools/" + school + "/partnerships/" + anyProvider());
        assertThat(noPartnership.status()).isEqualTo(404);
        assertThat(noPartnership.problemType()).isEqualTo("partnership-not-found");
    }

    @Test
    void assignmentsRacingTheEndOfThePartnershipNeverLeaveAPlacementWithAFormerPartner() {
        api.post("/schools/" + school + "/partnerships", Bodies.provider(provider.value()));
        List<String> locations = IntStream.range(0, 8)
                .mapToObj(i -> api.post("/schools/" + school + "/placements", Bodies.primaryPlacement()).header("Location"))
                .toList();

        List<CompletableFuture<Api.Response>> assignments = locations.stream()
                .map(location -> api.sendAsync("PUT", location + "/provider", Bodies.provider(provider.value())))
                .toList();
        Api.Response end = api.delete("/schools/" + school + "/partnerships/" + provider);
        List<Api.Response> assigned = assignments.stream().map(CompletableFuture::join).toList();

        long assignedCount = locations.stream()
                .filter(location -> "assigned".equals(api.get(location).body().path("status").asText()))
                .count();
        assertThat(assigned).allSatisfy(response -> assertThat(response.status()).isIn(200, 409));
        if (end.status() == 204) {
            assertThat(assignedCount).as("partnership ended, so nothing may stay assigned").isZero();
        } else {
            assertThat(end.status()).isEqualTo(409);
            assertThat(assignedCount).isPositive();
        }
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
