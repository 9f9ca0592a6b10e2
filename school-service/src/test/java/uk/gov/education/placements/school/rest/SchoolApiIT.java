package uk.gov.education.placements.school.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.school.command.Schools.anyUrn;

import java.time.Instant;

import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.modelling.command.CommandTargetResolver;
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
import uk.gov.education.placements.school.command.School;
import uk.gov.education.placements.school.command.SchoolCommands;
import uk.gov.education.placements.school.command.SchoolUrn;
import uk.gov.education.placements.school.command.Schools;
import uk.gov.education.placements.school.support.EventStoreRows;
import uk.gov.education.placements.school.support.Http;
import uk.gov.education.placements.school.support.Http.Response;
import uk.gov.education.placements.school.support.RunningSchoolService;
import uk.gov.education.placements.infrastructure.Tokens;
import uk.gov.education.placements.support.eventstore.BoundedAggregateCache;
import uk.gov.education.placements.support.eventstore.CachedCommandTargetResolver;

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
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    BoundedAggregateCache schoolCache;

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

    /** What Axon's aggregate configuration asks for: every command's school is found by the cached resolver. */
    @Test
    void commandsFindTheirSchoolThroughServiceSupportsCachedTargetResolver() {
        assertThat(axon.getComponent(CommandTargetResolver.class)).isInstanceOf(CachedCommandTargetResolver.class);
    }

    /** Axon's caching repository, with school-service's bounded cache: a command does not read its school's events again. */
    @Test
    void commandsLoadTheirSchoolThroughTheCachingRepository() {
        assertThat(axon.repository(School.class)).isInstanceOf(CachingEventSourcingRepository.class);
        String cached = anyUrn().value();
        onboard(cached);

        assertThat(schoolCache.containsKey(cached)).isTrue();
    }

    @Nested
    class Onboarding {

        @Test
        void answers201WithLocationVersion0AndTheSchoolWithoutAContact() {
            Response created = onboard(urn);

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("Location")).isEqualTo("/schools/" + urn);
            assertThat(created.header("ETag")).isEqualTo("\"0\"");
            assertThat(created.body()).startsWith("{\"placementContact\":null,");
            assertThat(created.json().get("urn").asText()).isEqualTo(urn);
            assertThat(created.json().get("name").asText()).isEqualTo("Hillside Primary School");
        }

        @Test
        void theSchoolCanBeReadStraightAwayWithTheContactFirstAndNull() {
            onboard(urn);

            Response school = http.get("/schools/" + urn);

            assertThat(school.status()).isEqualTo(200);
            assertThat(school.header("ETag")).isEqualTo("\"0\"");
            assertThat(school.body()).isEqualTo(
                    "{\"placementContact\":null,\"urn\":\"" + urn + "\",\"name\":\"Hillside Primary School\"}");
        }

        @Test
        void theSameUrnTwiceIs409AndStoresNothingMore() {
            onboard(urn);

            Response again = http.post("/schools", "{\"urn\": \"" + urn + "\", \"name\": \"Another name\"}");

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(again.json().get("type").asText()).endsWith("/problems/school-already-onboarded");
            assertThat(events.count(urn)).isEqualTo(1);
            assertThat(http.get("/schools/" + urn).json().get("name").asText()).isEqualTo("Hillside Primary School");
        }

        @Test
        void everyFieldErrorIsReportedAtOnceWithItsField() {
            Response refused = http.post("/schools", "{\"urn\": \"12345\", \"name\": \"  \"}");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(refused.json().get("errors").toString()).isEqualTo(
                    "[{\"field\":\"urn\",\"message\":\"Enter a URN of 6 or 7 digits, like 100000\"},"
                            + "{\"field\":\"name\",\"message\":\"Enter a school name\"}]");
        }
    }

    @Nested
    class Reading {

        @Test
        void anUnknownSchoolIs404() {
            Response missing = http.get("/schools/" + urn);

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(missing.json().get("type").asText()).endsWith("/problems/school-not-found");
            assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "12345678", "abcdef", "10000a", "%20100000"})
        void aUrnThatIsNot6Or7DigitsIs400(String badUrn) {
            for (String path : new String[] {"/schools/" + badUrn, "/schools/" + badUrn + "/placement-contact",
                    "/schools/" + badUrn + "/placement-contact/history"}) {
                Response refused = http.get(path);

                assertThat(refused.status()).as(path).isEqualTo(400);
                assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("urn");
            }
        }

        @Test
        void aSchoolWithoutAContactHasNoContactToShow() {
            onboard(urn);

            Response missing = http.get(contactPath());

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("type").asText()).endsWith("/problems/placement-contact-not-found");
        }

        @Test
        void theServiceIsReadyWithItsDatabaseAndOutbox() {
            Response readiness = http.get("/actuator/health/readiness");

            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        }
    }

    @Nested
    class AddingTheContact {

        @Test
        void answers201WithTheStoredNormalisedContactAndTheNewVersion() {
            onboard(urn);

            Response added = http.post(contactPath(), JANE);

            assertThat(added.status()).isEqualTo(201);
            assertThat(added.header("ETag")).isEqualTo("\"1\"");
            assertThat(added.header("Location")).isEqualTo(contactPath());
            assertThat(added.body()).isEqualTo("{\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"email\":\"jane.doe@example.com\"}");
        }

        @Test
        void theSchoolShowsTheContactFirstRightAfter() {
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
        void blankAndMissingNamesAreStoredAndShownAsNull() {
            onboard(urn);

            Response added = http.post(contactPath(), "{\"firstName\": \"   \", \"email\": \"placements@hillside.example\"}");

            assertThat(added.status()).isEqualTo(201);
            assertThat(added.body()).isEqualTo("{\"firstName\":null,\"lastName\":null,\"email\":\"placements@hillside.example\"}");
            assertThat(http.get(contactPath()).body()).isEqualTo(added.body());
        }

        @Test
        void aSecondAddIs409WithTheServicesMessage() {
            onboard(urn);
            http.post(contactPath(), JANE);

            Response again = http.post(contactPath(), MAILBOX);

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("detail").asText()).isEqualTo("Placement contact has already been added.");
            assertThat(again.json().get("type").asText()).endsWith("/problems/placement-contact-already-added");
            assertThat(events.count(urn)).isEqualTo(2);
        }

        @Test
        void aContactForAnUnknownSchoolIs404() {
            Response missing = http.post(contactPath(), JANE);

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("type").asText()).endsWith("/problems/school-not-found");
            assertThat(events.count(urn)).isZero();
        }

        @Test
        void theServicesMessagesAreShownPerField() {
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
    class ChangingTheContact {

        @Test
        void beforeAnyContactIs409() {
            onboard(urn);

            Response refused = http.put(contactPath(), JANE);

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("type").asText()).endsWith("/problems/no-placement-contact");
            assertThat(events.count(urn)).isEqualTo(1);
        }

        @Test
        void replacesTheWholeContactAndAnswers200WithTheNewVersion() {
            onboard(urn);
            http.post(contactPath(), JANE);

            Response changed = http.put(contactPath(), MAILBOX);

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"2\"");
            assertThat(changed.body()).isEqualTo("{\"firstName\":null,\"lastName\":null,\"email\":\"placements@hillside.example\"}");
            assertThat(http.get("/schools/" + urn).json().get("placementContact")).isEqualTo(changed.json());
        }

        @Test
        void identicalDetailsAfterNormalisationAnswer200AndEmitNothing() {
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
        void onAnUnknownSchoolIs404() {
            assertThat(http.put(contactPath(), JANE).status()).isEqualTo(404);
        }

        @Test
        void aContactCannotBeRemoved405WithAllow() {
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
    class IfMatch {

        @Test
        void withTheCurrentVersionTheChangeGoesAhead() {
            onboard(urn);
            String etag = http.post(contactPath(), JANE).header("ETag");

            Response changed = http.put(contactPath(), MAILBOX, "If-Match", etag);

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        }

        @Test
        void withAStaleVersionIs412AndChangesNothing() {
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
        void thatCannotMatchTheCurrentVersionIs412(String ifMatch) {
            onboard(urn);
            http.post(contactPath(), JANE);

            assertThat(http.put(contactPath(), MAILBOX, "If-Match", ifMatch).status()).isEqualTo(412);
            assertThat(events.count(urn)).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"*", "\"0\", \"1\"", "\"5\",\"1\""})
        void thatNamesTheCurrentVersionAmongOthersOrAnyGoesAhead(String ifMatch) {
            onboard(urn);
            http.post(contactPath(), JANE);

            assertThat(http.put(contactPath(), MAILBOX, "If-Match", ifMatch).status()).isEqualTo(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "\"1", "W/1", "\"1\" \"2\"", ","})
        void thatIsNotAnEntityTagListIs400(String ifMatch) {
            onboard(urn);
            http.post(contactPath(), JANE);

            Response refused = http.put(contactPath(), MAILBOX, "If-Match", ifMatch);

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("type").asText()).endsWith("/problems/invalid-if-match");
            assertThat(events.count(urn)).isEqualTo(2);
        }

        @Test
        void onAddIsHonouredToo() {
            onboard(urn);

            assertThat(http.post(contactPath(), JANE, "If-Match", "\"3\"").status()).isEqualTo(412);
            assertThat(http.post(contactPath(), JANE, "If-Match", "\"0\"").status()).isEqualTo(201);
        }
    }

    @Nested
    class History {

        @Test
        void listsEachVersionOldestFirstWithWhenItChanged() {
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
        void showsWhoMadeEachChangeByTheUserIdOfTheirToken() {
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
        void aChangeStoredWithoutAUserIdShowsChangedByAsNull() {
            onboard(urn);
            // Sent outside any request, as a command stored before issue 6 was: no token, no user id.
            commands.add(new AddPlacementContactCommand(new SchoolUrn(urn), Schools.jane()));

            JsonNode version = http.get(contactPath() + "/history").json().get("versions").get(0);

            assertThat(version.has("changedBy")).isTrue();
            assertThat(version.get("changedBy").isNull()).isTrue();
            assertThat(version.get("placementContact").get("email").asText()).isEqualTo("jane.doe@example.com");
        }

        @Test
        void ofASchoolWithoutAContactIsEmpty() {
            onboard(urn);

            Response history = http.get(contactPath() + "/history");

            assertThat(history.status()).isEqualTo(200);
            assertThat(history.json().get("versions")).isEmpty();
        }

        @Test
        void ofAnUnknownSchoolIs404() {
            assertThat(http.get(contactPath() + "/history").status()).isEqualTo(404);
        }
    }
}
