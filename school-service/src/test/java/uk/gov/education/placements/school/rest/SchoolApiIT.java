package uk.gov.education.placements.school.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.school.command.Schools.anyUrn;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.school.command.AddPlacementContactCommand;
import uk.gov.education.placements.school.command.SchoolCommands;
import uk.gov.education.placements.school.command.SchoolUrn;
import uk.gov.education.placements.school.command.Schools;
import uk.gov.education.placements.school.support.EventStoreRows;
import uk.gov.education.placements.school.support.Http;
import uk.gov.education.placements.school.support.Http.Response;
import uk.gov.education.placements.school.support.RunningSchoolService;
import uk.gov.education.placements.infrastructure.Tokens;

/** The school-service rows of the contract, over real HTTP, PostgreSQL and Kafka. */
@RunningSchoolService
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchoolApiIT {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String JANE = """
            {"firstName": " Jane ", "lastName": "Doe", "email": " Jane.Doe@Example.COM "}""";
    static final String MAILBOX = """
            {"firstName": "", "lastName": null, "email": "placements@hillside.example"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolCommands commands;

    Http http;
    EventStoreRows events;
    String urn;

    @BeforeEach
    void connect() {
        http = new Http(port, Tokens.support());
        events = new EventStoreRows(jdbc);
        urn = anyUrn().value();
    }

    Response onboard(String urn) {
        return http.post("/schools", "{\"urn\": \"" + urn + "\", \"name\": \"Hillside Primary School\"}");
    }

    String contactPath() {
        return "/schools/" + urn + "/placement-contact";
    }

    @Nested
    class onboarding {

        @Test
        void answers_201_with_location_version_0_and_the_school_without_a_contact() {
            Response created = onboard(urn);

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("Location")).isEqualTo("/schools/" + urn);
            assertThat(created.header("ETag")).isEqualTo("\"0\"");
            assertThat(created.body()).startsWith("{\"placementContact\":null,");
            assertThat(created.json().get("urn").asText()).isEqualTo(urn);
            assertThat(created.json().get("name").asText()).isEqualTo("Hillside Primary School");
        }

        @Test
        void the_school_can_be_read_straight_away_with_the_contact_first_and_null() {
            onboard(urn);

            Response school = http.get("/schools/" + urn);

            assertThat(school.status()).isEqualTo(200);
            assertThat(school.header("ETag")).isEqualTo("\"0\"");
            assertThat(school.body()).isEqualTo(
                    "{\"placementContact\":null,\"urn\":\"" + urn + "\",\"name\":\"Hillside Primary School\"}");
        }

        @Test
        void the_same_urn_twice_is_409_and_stores_nothing_more() {
            onboard(urn);

            Response again = http.post("/schools", "{\"urn\": \"" + urn + "\", \"name\": \"Another name\"}");

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(again.json().get("type").asText()).endsWith("/problems/school-already-onboarded");
            assertThat(events.count(urn)).isEqualTo(1);
            assertThat(http.get("/schools/" + urn).json().get("name").asText()).isEqualTo("Hillside Primary School");
        }

        @Test
        void every_field_error_is_reported_at_once_with_its_field() {
            Response refused = http.post("/schools", "{\"urn\": \"12345\", \"name\": \"  \"}");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(refused.json().get("errors").toString()).isEqualTo(
                    "[{\"field\":\"urn\",\"message\":\"Enter a URN of 6 or 7 digits, like 100000\"},"
                            + "{\"field\":\"name\",\"message\":\"Enter a school name\"}]");
        }
    }

    @Nested
    class reading {

        @Test
        void an_unknown_school_is_404() {
            Response missing = http.get("/schools/" + urn);

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(missing.json().get("type").asText()).endsWith("/problems/school-not-found");
            assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "12345678", "abcdef", "10000a", "%20100000"})
        void a_urn_that_is_not_6_or_7_digits_is_400(String badUrn) {
            for (String path : new String[] {"/schools/" + badUrn, "/schools/" + badUrn + "/placement-contact",
                    "/schools/" + badUrn + "/placement-contact/history"}) {
                Response refused = http.get(path);

                assertThat(refused.status()).as(path).isEqualTo(400);
                assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("urn");
            }
        }

        @Test
        void a_school_without_a_contact_has_no_contact_to_show() {
            onboard(urn);

            Response missing = http.get(contactPath());

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("type").asText()).endsWith("/problems/placement-contact-not-found");
        }

        @Test
        void the_service_is_ready_with_its_database_and_outbox() {
            Response readiness = http.get("/actuator/health/readiness");

            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        }
    }

    @Nested
    class adding_the_contact {

        @Test
        void answers_201_with_the_stored_normalised_contact_and_the_new_version() {
            onboard(urn);

            Response added = http.post(contactPath(), JANE);

            assertThat(added.status()).isEqualTo(201);
            assertThat(added.header("ETag")).isEqualTo("\"1\"");
            assertThat(added.header("Location")).isEqualTo(contactPath());
            assertThat(added.body()).isEqualTo("{\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"email\":\"jane.doe@example.com\"}");
        }

        @Test
        void the_school_shows_the_contact_first_right_after() {
            onboard(urn);
            http.post(contactPath(), JANE);

            Response school = http.get("/schools/" + urn);

            assertThat(school.header("ETag")).isEqualTo("\"1\"");
            assertThat(school.body()).isEqualTo("{\"placementContact\":"
                    + "{\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"email\":\"jane.doe@example.com\"},"
                    + "\"urn\":\"" + urn + "\",\"name\":\"Hillside Primary School\"}");
            Response contact = http.get(contactPath());
            assertThat(contact.status()).isEqualTo(200);
            assertThat(contact.header("ETag")).isEqualTo("\"1\"");
            assertThat(contact.json().get("email").asText()).isEqualTo("jane.doe@example.com");
        }

        @Test
        void blank_and_missing_names_are_stored_and_shown_as_null() {
            onboard(urn);

            Response added = http.post(contactPath(), "{\"firstName\": \"   \", \"email\": \"placements@hillside.example\"}");

            assertThat(added.status()).isEqualTo(201);
            assertThat(added.body()).isEqualTo("{\"firstName\":null,\"lastName\":null,\"email\":\"placements@hillside.example\"}");
            assertThat(http.get(contactPath()).body()).isEqualTo(added.body());
        }

        @Test
        void a_second_add_is_409_with_the_services_message() {
            onboard(urn);
            http.post(contactPath(), JANE);

            Response again = http.post(contactPath(), MAILBOX);

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("detail").asText()).isEqualTo("Placement contact has already been added.");
            assertThat(again.json().get("type").asText()).endsWith("/problems/placement-contact-already-added");
            assertThat(events.count(urn)).isEqualTo(2);
        }

        @Test
        void a_contact_for_an_unknown_school_is_404() {
            Response missing = http.post(contactPath(), JANE);

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("type").asText()).endsWith("/problems/school-not-found");
            assertThat(events.count(urn)).isZero();
        }

        @Test
        void the_services_messages_are_shown_per_field() {
            onboard(urn);

            Response blank = http.post(contactPath(), "{\"firstName\": \"Jane\", \"email\": \"  \"}");
            Response wrong = http.post(contactPath(), "{\"email\": \"name@-example.com\"}");
            Response tooLong = http.post(contactPath(), "{\"firstName\": \"" + "a".repeat(101) + "\", \"lastName\": \""
                    + "b".repeat(101) + "\", \"email\": \"" + "c".repeat(243) + "@example.com\"}");

            assertThat(blank.status()).isEqualTo(400);
            assertThat(blank.json().get("errors").toString())
                    .isEqualTo("[{\"field\":\"email\",\"message\":\"Enter an email address\"}]");
            assertThat(wrong.json().get("errors").toString()).isEqualTo(
                    "[{\"field\":\"email\",\"message\":\"Enter an email address in the correct format, like name@example.com\"}]");
            assertThat(tooLong.json().get("errors").toString()).isEqualTo("["
                    + "{\"field\":\"firstName\",\"message\":\"First name must be 100 characters or less\"},"
                    + "{\"field\":\"lastName\",\"message\":\"Last name must be 100 characters or less\"},"
                    + "{\"field\":\"email\",\"message\":\"Email address must be 254 characters or less\"}]");
            assertThat(events.count(urn)).isEqualTo(1);
        }
    }

    @Nested
    class changing_the_contact {

        @Test
        void before_any_contact_is_409() {
            onboard(urn);

            Response refused = http.put(contactPath(), JANE);

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("type").asText()).endsWith("/problems/no-placement-contact");
            assertThat(events.count(urn)).isEqualTo(1);
        }

        @Test
        void replaces_the_whole_contact_and_answers_200_with_the_new_version() {
            onboard(urn);
            http.post(contactPath(), JANE);

            Response changed = http.put(contactPath(), MAILBOX);

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"2\"");
            assertThat(changed.body()).isEqualTo("{\"firstName\":null,\"lastName\":null,\"email\":\"placements@hillside.example\"}");
            assertThat(http.get("/schools/" + urn).json().get("placementContact")).isEqualTo(changed.json());
        }

        @Test
        void identical_details_after_normalisation_answer_200_and_emit_nothing() {
            onboard(urn);
            http.post(contactPath(), JANE);

            Response same = http.put(contactPath(), "{\"firstName\": \"Jane\", \"lastName\": \" Doe\", \"email\": \"JANE.DOE@example.com\"}");

            assertThat(same.status()).isEqualTo(200);
            assertThat(same.header("ETag")).isEqualTo("\"1\"");
            assertThat(events.eventTypes(urn)).containsExactly(
                    "uk.gov.education.placements.events.SchoolOnboarded",
                    "uk.gov.education.placements.events.PlacementContactAdded");
        }

        @Test
        void on_an_unknown_school_is_404() {
            assertThat(http.put(contactPath(), JANE).status()).isEqualTo(404);
        }

        @Test
        void a_contact_cannot_be_removed_405_with_allow() {
            onboard(urn);
            http.post(contactPath(), JANE);

            Response refused = http.delete(contactPath());

            assertThat(refused.status()).isEqualTo(405);
            assertThat(refused.header("Allow")).contains("GET", "POST", "PUT").doesNotContain("DELETE");
            assertThat(refused.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(http.get(contactPath()).status()).isEqualTo(200);
        }
    }

    @Nested
    class if_match {

        @Test
        void with_the_current_version_the_change_goes_ahead() {
            onboard(urn);
            String etag = http.post(contactPath(), JANE).header("ETag");

            Response changed = http.put(contactPath(), MAILBOX, "If-Match", etag);

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        }

        @Test
        void with_a_stale_version_is_412_and_changes_nothing() {
            onboard(urn);
            String seenByFirstUser = http.post(contactPath(), JANE).header("ETag");
            http.put(contactPath(), MAILBOX, "If-Match", seenByFirstUser);

            Response refused = http.put(contactPath(),
                    "{\"firstName\": \"Sam\", \"email\": \"sam@hillside.example\"}", "If-Match", seenByFirstUser);

            assertThat(refused.status()).isEqualTo(412);
            assertThat(refused.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(refused.json().get("type").asText()).endsWith("/problems/school-changed");
            Response school = http.get("/schools/" + urn);
            assertThat(school.header("ETag")).isEqualTo("\"2\"");
            assertThat(school.json().get("placementContact").get("email").asText()).isEqualTo("placements@hillside.example");
            assertThat(events.count(urn)).isEqualTo(3);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"7\"", "W/\"1\"", "\"abc\"", "\"0\", \"2\""})
        void that_cannot_match_the_current_version_is_412(String ifMatch) {
            onboard(urn);
            http.post(contactPath(), JANE);

            assertThat(http.put(contactPath(), MAILBOX, "If-Match", ifMatch).status()).isEqualTo(412);
            assertThat(events.count(urn)).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"*", "\"0\", \"1\"", "\"5\",\"1\""})
        void that_names_the_current_version_among_others_or_any_goes_ahead(String ifMatch) {
            onboard(urn);
            http.post(contactPath(), JANE);

            assertThat(http.put(contactPath(), MAILBOX, "If-Match", ifMatch).status()).isEqualTo(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "\"1", "W/1", "\"1\" \"2\"", ","})
        void that_is_not_an_entity_tag_list_is_400(String ifMatch) {
            onboard(urn);
            http.post(contactPath(), JANE);

            Response refused = http.put(contactPath(), MAILBOX, "If-Match", ifMatch);

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("type").asText()).endsWith("/problems/invalid-if-match");
            assertThat(events.count(urn)).isEqualTo(2);
        }

        @Test
        void on_add_is_honoured_too() {
            onboard(urn);

            assertThat(http.post(contactPath(), JANE, "If-Match", "\"3\"").status()).isEqualTo(412);
            assertThat(http.post(contactPath(), JANE, "If-Match", "\"0\"").status()).isEqualTo(201);
        }
    }

    @Nested
    class history {

        @Test
        void lists_each_version_oldest_first_with_when_it_changed() {
            Instant before = Instant.now();
            onboard(urn);
            http.post(contactPath(), JANE);
            http.put(contactPath(), MAILBOX);
            http.put(contactPath(), MAILBOX);

            Response history = http.get(contactPath() + "/history");

            assertThat(history.status()).isEqualTo(200);
            assertThat(history.header("ETag")).isEqualTo("\"2\"");
            JsonNode versions = history.json().get("versions");
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).get("version").asLong()).isEqualTo(1);
            assertThat(versions.get(0).get("change").asText()).isEqualTo("added");
            assertThat(versions.get(0).get("placementContact").get("email").asText()).isEqualTo("jane.doe@example.com");
            assertThat(versions.get(1).get("version").asLong()).isEqualTo(2);
            assertThat(versions.get(1).get("change").asText()).isEqualTo("changed");
            assertThat(versions.get(1).get("placementContact").get("firstName").isNull()).isTrue();
            Instant first = Instant.parse(versions.get(0).get("changedAt").asText());
            Instant second = Instant.parse(versions.get(1).get("changedAt").asText());
            assertThat(first).isAfterOrEqualTo(before.minusSeconds(1)).isBeforeOrEqualTo(second);
        }

        @Test
        void shows_who_made_each_change_by_the_user_id_of_their_token() {
            onboard(urn);
            http.as(Tokens.schoolUser("school-user-7", urn)).post(contactPath(), JANE);
            http.put(contactPath(), MAILBOX);

            JsonNode versions = http.get(contactPath() + "/history").json().get("versions");

            assertThat(versions).extracting(version -> version.get("changedBy").asText())
                    .containsExactly("school-user-7", Tokens.SUPPORT_USER);
            assertThat(versions.get(0).toString()).as("changedBy comes after changedAt")
                    .matches("\\{\"version\":1,\"change\":\"added\",\"changedAt\":\"[^\"]+\",\"changedBy\":\"school-user-7\",\"placementContact\":.*");
        }

        @Test
        void a_change_stored_without_a_user_id_shows_changed_by_as_null() {
            onboard(urn);
            // Sent outside any request, as a command stored before issue 6 was: no token, no user id.
            commands.add(new AddPlacementContactCommand(new SchoolUrn(urn), Schools.jane()));

            JsonNode version = http.get(contactPath() + "/history").json().get("versions").get(0);

            assertThat(version.has("changedBy")).isTrue();
            assertThat(version.get("changedBy").isNull()).isTrue();
            assertThat(version.get("placementContact").get("email").asText()).isEqualTo("jane.doe@example.com");
        }

        @Test
        void of_a_school_without_a_contact_is_empty() {
            onboard(urn);

            Response history = http.get(contactPath() + "/history");

            assertThat(history.status()).isEqualTo(200);
            assertThat(history.json().get("versions")).isEmpty();
        }

        @Test
        void of_an_unknown_school_is_404() {
            assertThat(http.get(contactPath() + "/history").status()).isEqualTo(404);
        }
    }
}
