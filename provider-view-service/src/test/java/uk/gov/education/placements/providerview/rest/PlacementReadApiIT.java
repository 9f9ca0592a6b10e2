package uk.gov.education.placements.providerview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.Partnerships;
import uk.gov.education.placements.providerview.TestEvents.Placement;
import uk.gov.education.placements.providerview.TestEvents.School;
import uk.gov.education.placements.infrastructure.Tokens;

class PlacementReadApiIT extends ProviderViewIT {

    @Test
    void aPlacementShowsItsSchoolsContactFirstThenStatusSchoolAndDetails() {
        School school = TestEvents.school(TestEvents.anyUrn());
        Placement placement = TestEvents.placement(school.urn);
        publisher.publish(school.onboarded("Hillside Primary"), school.contactAdded("Ada", "Lovelace", "ada@hillside.sch.uk"),
                placement.created(TestEvents.primaryDetails("Primary with mathematics", "year_3")));

        awaitJson("/placements/" + placement.id, body -> !body.get("placementContact").isNull());
        ResponseEntity<String> response = get("/placements/" + placement.id);

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(response.getBody()).startsWith("{\"placementContact\":{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                + "\"email\":\"ada@hillside.sch.uk\"},\"status\":\"available\",\"school\":{\"urn\":\"" + school.urn
                + "\",\"name\":\"Hillside Primary\"}");
        JsonNode body = json(response);
        assertThat(memberNames(body)).containsExactly("placementContact", "status", "school", "id", "phase", "subject",
                "additionalSubjects", "yearGroup", "mentors", "academicYear", "terms");
        assertThat(body.get("yearGroup").asText()).isEqualTo("year_3");
        assertThat(body.get("terms").get(0).asText()).isEqualTo("autumn");
    }

    @Test
    void aNameNotEnteredIsNullAndAContactNotAddedYetIsNull() {
        School school = TestEvents.school(TestEvents.anyUrn());
        Placement placement = TestEvents.placement(school.urn);
        publisher.publish(school.onboarded("Shared Mailbox School"),
                placement.created(TestEvents.primaryDetails("Primary", "reception")));

        awaitJson("/placements/" + placement.id, body -> body.get("school").get("name").isTextual());
        assertThat(get("/placements/" + placement.id).getBody()).startsWith("{\"placementContact\":null,\"status\":");

        publisher.publish(school.contactAdded(null, null, "placements@shared.sch.uk"));

        JsonNode body = awaitJson("/placements/" + placement.id, b -> !b.get("placementContact").isNull());
        assertThat(get("/placements/" + placement.id).getBody()).startsWith(
                "{\"placementContact\":{\"firstName\":null,\"lastName\":null,\"email\":\"placements@shared.sch.uk\"}");
        assertThat(memberNames(body.get("placementContact"))).containsExactly("firstName", "lastName", "email");
    }

    @Test
    void theStatusIsAsTheCallingProviderSeesIt() {
        School school = TestEvents.school(TestEvents.anyUrn());
        Placement placement = TestEvents.placement(school.urn);
        publisher.publish(school.onboarded("Hillside"), school.contactAdded("Ada", null, "ada@x.sch.uk"),
                placement.created(TestEvents.primaryDetails("Primary", "year_1")));
        awaitJson("/placements/" + placement.id, body -> body.get("status").asText().equals("available"));

        publisher.publish(placement.assigned("1TZ"));

        awaitJson("/placements/" + placement.id, body -> body.get("status").asText().equals("assigned"));
        String path = "/placements/" + placement.id;
        assertThat(json(get(path, Tokens.providerUser("user-of-1tz", "1TZ"))).get("status").asText())
                .as("the token says who the caller is").isEqualTo("assigned_to_you");
        assertThat(json(get(path, Tokens.providerUser("user-of-2ab", "2AB"))).get("status").asText())
                .isEqualTo("assigned");
        assertThat(json(get(path + "?providerCode=1TZ")).get("status").asText()).as("support, for 1TZ")
                .isEqualTo("assigned_to_you");
        assertThat(json(get(path + "?providerCode=2AB")).get("status").asText()).as("support, for 2AB")
                .isEqualTo("assigned");
        assertThat(get(path, Tokens.providerUser("user-of-2ab", "2AB")).getBody()).doesNotContain("1TZ");
        assertThat(get(path).getBody()).doesNotContain("1TZ");
    }

    @Test
    void theListFiltersBySubjectIncludingAdditionalSubjectsAndByYearGroupStatusAndPartners() {
        String subject = "Subject " + UUID.randomUUID();
        String provider = TestEvents.anyProviderCode();
        String stranger = provider.equals("ZZ9") ? "ZZ8" : "ZZ9";
        School partner = TestEvents.school(TestEvents.anyUrn());
        School other = TestEvents.school(TestEvents.anyUrn());
        Partnerships partnerships = TestEvents.partnerships(partner.urn);
        Placement main = TestEvents.placement(partner.urn);
        Placement additional = TestEvents.placement(other.urn);
        Placement otherYear = TestEvents.placement(partner.urn);
        Placement unrelated = TestEvents.placement(partner.urn);
        publisher.publish(partner.onboarded("Partner"), partner.contactAdded("Ada", null, "ada@partner.sch.uk"),
                other.onboarded("Other"), other.contactAdded(null, "Byron", "byron@other.sch.uk"),
                partnerships.created(provider),
                main.created(TestEvents.primaryDetails(subject, "year_4")),
                additional.created(TestEvents.secondaryDetails("Physics", List.of(subject.toUpperCase()))),
                otherYear.created(TestEvents.primaryDetails(subject, "year_5")),
                unrelated.created(TestEvents.primaryDetails("Music", "year_4")),
                otherYear.assigned(provider));
        String bySubject = "/placements?subject=" + subject;
        awaitJson(bySubject, body -> body.get("totalItems").asInt() == 3
                && body.get("items").findValues("status").stream().anyMatch(s -> s.asText().equals("assigned")));

        assertThat(ids(bySubject)).containsExactlyInAnyOrder(main.id, additional.id, otherYear.id);
        assertThat(ids(bySubject + "&yearGroup=year_4")).containsExactly(main.id);
        assertThat(ids(bySubject + "&status=available")).containsExactlyInAnyOrder(main.id, additional.id);
        assertThat(ids(bySubject + "&status=assigned")).containsExactly(otherYear.id);
        assertThat(ids(bySubject + "&providerCode=" + stranger)).as("the caller alone filters nothing")
                .containsExactlyInAnyOrder(main.id, additional.id, otherYear.id);
        assertThat(ids(bySubject + "&status=assigned&providerCode=" + provider)).containsExactly(otherYear.id);
        assertThat(ids(bySubject + "&status=assigned&providerCode=" + stranger)).as("assigned to me").isEmpty();
        assertThat(ids(bySubject + "&status=assigned_to_you&providerCode=" + provider)).containsExactly(otherYear.id);
        assertThat(ids(bySubject + "&status=assigned_to_you&providerCode=" + stranger)).isEmpty();
        assertThat(ids(bySubject + "&partnerOf=" + provider)).containsExactlyInAnyOrder(main.id, otherYear.id);
        JsonNode mine = json(get(bySubject + "&status=assigned&providerCode=" + provider)).get("items").get(0);
        assertThat(mine.get("status").asText()).isEqualTo("assigned_to_you");
    }

    @Test
    void theListIsPagedInAStableOrderWithTheTotalAndEachItemShowsTheContactFirst() {
        String subject = "Paged " + UUID.randomUUID();
        List<EventEnvelope> events = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            School school = TestEvents.school(TestEvents.anyUrn());
            events.add(school.onboarded("School " + s));
            events.add(school.contactAdded("First" + s, "Last" + s, "contact" + s + "@x.sch.uk"));
            for (int p = 0; p < 4; p++) {
                Placement placement = TestEvents.placement(school.urn);
                events.add(placement.created(TestEvents.primaryDetails(subject, "year_6")));
                ids.add(placement.id);
            }
        }
        publisher.publish(events);
        String path = "/placements?subject=" + subject + "&size=5";
        awaitJson(path, body -> body.get("totalItems").asInt() == 12
                && body.get("items").findValues("placementContact").stream().noneMatch(JsonNode::isNull));

        List<UUID> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ResponseEntity<String> response = get(path + "&page=" + page);
            JsonNode body = json(response);
            assertThat(memberNames(body)).containsExactly("items", "page", "size", "totalItems", "totalPages");
            assertThat(body.get("page").asInt()).isEqualTo(page);
            assertThat(body.get("totalItems").asInt()).isEqualTo(12);
            assertThat(body.get("totalPages").asInt()).isEqualTo(3);
            for (JsonNode item : body.get("items")) {
                assertThat(memberNames(item).subList(0, 3)).containsExactly("placementContact", "status", "school");
                seen.add(UUID.fromString(item.get("id").asText()));
            }
            assertThat(response.getBody()).contains("\"items\":[{\"placementContact\":{\"firstName\":");
        }
        assertThat(seen).hasSize(12).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ids(path + "&page=0")).isEqualTo(seen.subList(0, 5));
        assertThat(json(get(path + "&page=3")).get("items")).isEmpty();
    }

    @Test
    void aSchoolShowsItsContactFirstAndItsPartners() {
        School school = TestEvents.school(TestEvents.anyUrn());
        Partnerships partnerships = TestEvents.partnerships(school.urn);
        publisher.publish(school.onboarded("Hillside"), school.contactAdded("Ada", null, "ada@x.sch.uk"),
                partnerships.created("2AB"), partnerships.created("1TZ"));

        JsonNode body = awaitJson("/schools/" + school.urn, b -> b.get("partnerProviders").size() == 2);

        assertThat(get("/schools/" + school.urn).getBody()).startsWith(
                "{\"placementContact\":{\"firstName\":\"Ada\",\"lastName\":null,\"email\":\"ada@x.sch.uk\"},\"urn\":\""
                        + school.urn + "\",\"name\":\"Hillside\"");
        assertThat(body.get("partnerProviders").toString()).isEqualTo("[\"1TZ\",\"2AB\"]");
    }

    @Test
    void unknownPlacementsAndSchoolsAreNotFoundProblems() {
        ResponseEntity<String> placement = get("/placements/" + UUID.randomUUID());
        ResponseEntity<String> school = get("/schools/" + TestEvents.anyUrn());

        assertThat(placement.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(placement.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(placement).get("type").asText()).endsWith("/problems/placement-not-found");
        assertThat(school.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json(school).get("type").asText()).endsWith("/problems/school-not-found");
    }

    @Test
    void badIdentifiersAndQueryParametersAreBadRequests() {
        assertBadRequest("/placements/not-a-uuid", "id");
        assertBadRequest("/schools/12ab", "urn");
        assertBadRequest("/placements/" + UUID.randomUUID() + "?providerCode=TOOLONG", "providerCode");
        assertBadRequest("/placements?yearGroup=year_9", "yearGroup");
        assertBadRequest("/placements?status=mine", "status");
        assertBadRequest("/placements?status=assigned_to_you", "providerCode");
        assertBadRequest("/placements?partnerOf=x", "partnerOf");
        assertBadRequest("/placements?size=0", "size");
        assertBadRequest("/placements?size=101", "size");
        assertBadRequest("/placements?page=-1", "page");
        assertBadRequest("/placements?page=two", "page");
        assertBadRequest("/placements?subject=", "subject");
        assertBadRequest("/placements?yeargroup=year_1", "yeargroup");
        assertBadRequest("/placements?status=available&status=assigned", "status");
    }

    private void assertBadRequest(String path, String field) {
        ResponseEntity<String> response = get(path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        if (field != null) {
            assertThat(json(response).get("errors").findValuesAsText("field")).as(path).contains(field);
        }
    }
}
