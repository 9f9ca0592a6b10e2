package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;

/** Whatever a gateway gets wrong, the answer is a 400 problem detail that says what: never a 500. */
@RealPlacementService
class BadInputIT {

    @Autowired
    Api api;
    @Autowired
    SchoolEvents schoolEvents;
    @Autowired
    SchoolContactStateRepository states;

    private final SchoolUrn school = anyUrn();
    private String placements;

    @BeforeEach
    void schoolWithContact() {
        schoolEvents.schoolWithContact(school.value());
        await().until(() -> states.hasPlacementContact(school));
        placements = "/schools/" + school + "/placements";
    }

    private static void assertBadRequest(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("type").asText()).startsWith("https://manage-school-placements.education.gov.uk/problems/");
        assertThat(response.body().path("status").asInt()).isEqualTo(400);
    }

    @Test
    void anEmptyPlacementGetsEveryMessageItNeeds() {
        Api.Response response = api.post(placements, "{}");

        assertBadRequest(response);
        assertThat(response.errorMessages()).containsExactly(
                "phase: Select a phase",
                "subject: Select a subject",
                "mentors: Select a mentor or not yet known",
                "academicYear: Select an academic year");
    }

    @Test
    void wrongValuesGetTheProductionServicesMessages() {
        Api.Response response = api.post(placements, """
                {"phase": "primary", "subject": "physics", "additionalSubjects": [], "yearGroup": "year_9",
                 "mentors": [""], "academicYear": "2025/26", "terms": []}
                """);

        assertBadRequest(response);
        assertThat(response.errorMessages()).containsExactly(
                "subject: Select a subject",
                "yearGroup: Select a year group",
                "mentors: Select a mentor or not yet known");
    }

    @Test
    void aModernLanguagesPlacementNeedsAnAdditionalSubject() {
        Api.Response response = api.post(placements, """
                {"phase": "secondary", "subject": "modern_languages", "additionalSubjects": [],
                 "mentors": [], "academicYear": "2025/26"}
                """);

        assertBadRequest(response);
        assertThat(response.errorMessages()).containsExactly("additionalSubjects: Select an additional subject");
    }

    @Test
    void malformedBodiesAreRefused() {
        assertBadRequest(api.post(placements, "{\"phase\": "));
        assertBadRequest(api.post(placements, "[]"));
        assertBadRequest(api.post(placements, "{\"phase\": 5, \"subject\": \"primary\"}"));
        assertBadRequest(api.post(placements, "{\"mentors\": \"Sam\"}"));
        assertBadRequest(api.post(placements, "{\"id\": \"not-a-uuid\"}"));
        assertBadRequest(api.post(placements, "{\"colour\": \"blue\"}"));
        assertBadRequest(api.send("POST", placements, ""));
    }

    @Test
    void badPathsAreRefused() {
        assertBadRequest(api.post("/schools/12ab/placements", Bodies.primaryPlacement()));
        assertBadRequest(api.get("/placements/not-a-uuid"));
        assertBadRequest(api.post("/schools/12ab/partnerships", Bodies.provider("1TZ")));
    }

    @Test
    void badEditsAreRefused() {
        String location = api.post(placements, Bodies.primaryPlacement()).header("Location");

        Api.Response clearsYearGroup = api.patch(location, "{\"yearGroup\": null}");
        assertBadRequest(clearsYearGroup);
        assertThat(clearsYearGroup.errorMessages()).containsExactly("yearGroup: Select a year group");

        assertBadRequest(api.patch(location, "{\"colour\": \"blue\"}"));
        assertBadRequest(api.patch(location, "{\"terms\": \"autumn\"}"));
        assertBadRequest(api.patch(location, "{\"id\": \"" + UUID.randomUUID() + "\"}"));
        assertBadRequest(api.patch(location, "[1]"));
        assertBadRequest(api.patch(location, "{\"terms\": [\"winter\"]}"));
        assertThat(api.get(location).body().path("yearGroup").asText()).as("unchanged").isEqualTo("year_3");
    }

    @Test
    void aProviderMustBeNamed() {
        String location = api.post(placements, Bodies.primaryPlacement()).header("Location");

        Api.Response missing = api.put(location + "/provider", "{}");
        assertBadRequest(missing);
        assertThat(missing.errorMessages()).containsExactly("providerCode: Select a provider or not yet known");
        assertBadRequest(api.put(location + "/provider", "{\"providerCode\": \"TOOLONG\"}"));

        Api.Response partnership = api.post("/schools/" + school + "/partnerships", "{\"providerCode\": \"\"}");
        assertBadRequest(partnership);
        assertThat(partnership.errorMessages()).containsExactly("providerCode: Enter a provider code, like 1TZ");
    }
}
