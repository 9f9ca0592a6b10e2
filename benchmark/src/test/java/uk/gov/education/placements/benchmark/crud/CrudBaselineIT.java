package uk.gov.education.placements.benchmark.crud;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.education.placements.infrastructure.PostgresServer;
import uk.gov.education.placements.infrastructure.RealInfrastructure;
import uk.gov.education.placements.infrastructure.TokenIssuer;
import uk.gov.education.placements.school.command.NoPlacementContactYet;

/**
 * The CRUD baseline is only a fair baseline if it does what the issue says it does: the same JWT
 * checks and email rule as school-service, and for each accepted change exactly one row changed and
 * one outbox row written in the same transaction; a refused request writes nothing. On the tests'
 * real PostgreSQL, configured by the settings the benchmark gives it.
 */
class CrudBaselineIT {

    private static final TokenIssuer TOKENS = TokenIssuer.generate();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext baseline;
    private static JdbcClient jdbc;
    private static URI url;
    private static final String SUPPORT = TOKENS.support("support-user");

    @BeforeAll
    static void start(@TempDir Path keys) {
        PostgresServer postgres = RealInfrastructure.postgres();
        postgres.ensureDatabase("crud_baseline_it");
        baseline = new SpringApplicationBuilder(CrudBaseline.class).properties(Map.of(
                "spring.config.name", "crud-baseline",
                "server.port", "0",
                "spring.datasource.url", postgres.jdbcUrl("crud_baseline_it"),
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password(),
                "placements.security.issuer", TokenIssuer.ISSUER,
                "spring.security.oauth2.resourceserver.jwt.audiences", TokenIssuer.AUDIENCE,
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                "file:" + TOKENS.writePublicKeyPem(keys.resolve("public.pem")))).run();
        url = URI.create("http://localhost:" + ((WebServerApplicationContext) baseline).getWebServer().getPort());
        jdbc = baseline.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        baseline.close();
    }

    @Test
    void eachAcceptedChangeWritesTheSchoolsRowAndOneOutboxRow() throws Exception {
        assertThat(send("POST", "/schools", SUPPORT, "{\"urn\":\"100001\",\"name\":\"Baseline School\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> added = send("POST", "/schools/100001/placement-contact", SUPPORT,
                "{\"firstName\":\"Grace\",\"lastName\":\"Hopper\",\"email\":\" Grace@Example.COM \"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(added.body()).contains("\"email\":\"grace@example.com\"");
        HttpResponse<String> changed = send("PUT", "/schools/100001/placement-contact", TOKENS.schoolUser("school-user", "100001"),
                "{\"firstName\":null,\"lastName\":null,\"email\":\"ada@example.com\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).contains("\"2\"");

        assertThat(jdbc.sql("SELECT contact_email FROM school WHERE urn = '100001'").query(String.class).single())
                .isEqualTo("ada@example.com");
        assertThat(jdbc.sql("SELECT type || ' ' || sequence_number FROM outbox WHERE aggregate_id = '100001' ORDER BY id")
                .query(String.class).list())
                .containsExactly("SchoolOnboarded 0", "PlacementContactAdded 1", "PlacementContactChanged 2");
        assertThat(jdbc.sql("SELECT payload FROM outbox WHERE aggregate_id = '100001' AND sequence_number = 2").query(String.class)
                .single()).contains("\"email\":\"ada@example.com\"");
    }

    @Test
    void refusesAsSchoolServiceDoesAndWritesNothing() throws Exception {
        assertThat(send("POST", "/schools", SUPPORT, "{\"urn\":\"100002\",\"name\":\"Baseline School\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> badEmail = send("POST", "/schools/100002/placement-contact", SUPPORT, "{\"email\":\"not an address\"}");
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.body()).contains("Enter an email address in the correct format, like name@example.com");
        HttpResponse<String> noContactYet = send("PUT", "/schools/100002/placement-contact", SUPPORT, "{\"email\":\"a@example.com\"}");
        assertThat(noContactYet.statusCode()).isEqualTo(409);
        assertThat(noContactYet.body()).contains(NoPlacementContactYet.MESSAGE);
        assertThat(send("POST", "/schools/100002/placement-contact", null, "{\"email\":\"a@example.com\"}").statusCode())
                .isEqualTo(401);
        assertThat(send("POST", "/schools/100002/placement-contact", TOKENS.schoolUser("other", "100003"),
                "{\"email\":\"a@example.com\"}").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/schools/100002/placement-contact", SUPPORT, "{\"email\":\"a@example.com\",\"extra\":1}")
                .statusCode()).isEqualTo(400);

        assertThat(send("POST", "/schools/100002/placement-contact", SUPPORT, "{\"email\":\"a@example.com\"}").statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/schools/100002/placement-contact", SUPPORT, "{\"email\":\"b@example.com\"}").statusCode())
                .isEqualTo(409);
        assertThat(send("PUT", "/schools/999999/placement-contact", SUPPORT, "{\"email\":\"b@example.com\"}").statusCode())
                .isEqualTo(404);

        assertThat(jdbc.sql("SELECT type FROM outbox WHERE aggregate_id = '100002' ORDER BY id").query(String.class).list())
                .isEqualTo(List.of("SchoolOnboarded", "PlacementContactAdded"));
        assertThat(jdbc.sql("SELECT contact_email || ' ' || version FROM school WHERE urn = '100002'").query(String.class).single())
                .isEqualTo("a@example.com 1");
    }

    @Test
    void answersTheReadinessProbeTheBenchmarkPollsWithNotFound() throws Exception {
        assertThat(send("GET", CrudBaseline.READY_PATH, SUPPORT, null).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
