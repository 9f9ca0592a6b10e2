package uk.gov.education.placements.school.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.school.command.Schools.anyUrn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.education.placements.school.support.EventStoreRows;
import uk.gov.education.placements.school.support.Http;
import uk.gov.education.placements.school.support.Http.Response;
import uk.gov.education.placements.school.support.RunningSchoolService;
import uk.gov.education.placements.infrastructure.Tokens;

/**
 * Whatever a client sends, bad input is a 400 problem detail, never a 500, and it changes
 * nothing: not the event store, not the school's view.
 */
@RunningSchoolService
class BadInputIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Http http;
    EventStoreRows events;
    String urn;
    Response before;

    @BeforeEach
    void aSchoolWithAContact() {
        http = new Http(port, Tokens.support());
        events = new EventStoreRows(jdbc);
        urn = anyUrn().value();
        http.post("/schools", "{\"urn\": \"" + urn + "\", \"name\": \"Hillside Primary School\"}");
        http.post(contactPath(), "{\"firstName\": \"Jane\", \"lastName\": \"Doe\", \"email\": \"jane@example.com\"}");
        before = http.get("/schools/" + urn);
        assertThat(before.header("ETag")).isEqualTo("\"1\"");
    }

    static Stream<Arguments> badContactBodies() {
        return Stream.of(
                bad("malformed JSON", utf8("{\"email\": \"sam@example.com\"")),
                bad("not JSON at all", utf8("email=sam@example.com")),
                bad("trailing garbage after the object", utf8("{\"email\": \"sam@example.com\"} {}")),
                bad("a number for a string", utf8("{\"email\": 42}")),
                bad("a boolean for a string", utf8("{\"email\": \"sam@example.com\", \"firstName\": true}")),
                bad("an array for a string", utf8("{\"email\": [\"sam@example.com\"]}")),
                bad("an object for a string", utf8("{\"email\": \"sam@example.com\", \"lastName\": {\"text\": \"Doe\"}}")),
                bad("an array instead of an object", utf8("[{\"email\": \"sam@example.com\"}]")),
                bad("a JSON string instead of an object", utf8("\"sam@example.com\"")),
                bad("JSON null", utf8("null")),
                bad("an unknown field", utf8("{\"email\": \"sam@example.com\", \"role\": \"admin\"}")),
                bad("a field given twice", utf8("{\"email\": \"sam@example.com\", \"email\": \"eve@example.com\"}")),
                bad("an empty body", new byte[0]),
                bad("a 1 MB body", utf8("{\"email\": \"sam@example.com\", \"firstName\": \"" + "x".repeat(1024 * 1024) + "\"}")),
                bad("bytes that are not UTF-8", bytes(utf8("{\"email\": \"s"), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("m@example.com\"}"))),
                bad("a Latin-1 byte", bytes(utf8("{\"email\": \"sam@example.com\", \"firstName\": \"Ren"), new byte[] {(byte) 0xE9}, utf8("\"}"))),
                bad("an escaped control character in a name", utf8("{\"email\": \"sam@example.com\", \"firstName\": \"Sa\\u0007m\"}")),
                bad("an escaped NUL in a name", utf8("{\"email\": \"sam@example.com\", \"lastName\": \"Doe\\u0000\"}")),
                bad("a line break in a name", utf8("{\"email\": \"sam@example.com\", \"lastName\": \"Doe\\n\"}")),
                bad("a tab in the email", utf8("{\"email\": \"sam@example.com\\t\"}")),
                bad("a raw control byte inside a string", utf8("{\"email\": \"sam@example.com\", \"firstName\": \"Sa\u0001m\"}")),
                bad("an unpaired surrogate escape", utf8("{\"email\": \"sam@example.com\", \"firstName\": \"\\ud800\"}")),
                bad("no email", utf8("{\"firstName\": \"Sam\"}")),
                bad("an invalid email", utf8("{\"email\": \"sam@exa_mple.com\"}")),
                bad("an empty object", utf8("{}")));
    }

    @ParameterizedTest(name = "PUT contact: {0}")
    @MethodSource("badContactBodies")
    void aBadContactChangeIs400AndChangesNothing(String what, byte[] body) {
        Response refused = http.sendJson("PUT", contactPath(), body);

        assertIsAProblem(refused, what);
        assertNothingChanged();
    }

    @ParameterizedTest(name = "POST contact: {0}")
    @MethodSource("badContactBodies")
    void aBadContactAddIs400AndChangesNothing(String what, byte[] body) {
        Response refused = http.sendJson("POST", contactPath(), body);

        assertIsAProblem(refused, what);
        assertNothingChanged();
    }

    /**
     * A form body whose percent-encoding is broken, on each method of the contact: the services
     * take no forms, so it must never be parsed as one (HostileRequestsIT found DELETE with
     * {@code %} answering 500 from Spring's form-content filter).
     */
    @ParameterizedTest(name = "{0} contact with a broken form body")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"DELETE", "PUT", "PATCH", "POST"})
    void aBrokenFormBodyIsA4xxProblemAndChangesNothing(String method) {
        Response refused = http.send(method, contactPath(), "application/x-www-form-urlencoded", utf8("%"));

        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);
        assertThat(refused.header("Content-Type")).as(refused.toString()).startsWith("application/problem+json");
        assertNothingChanged();
    }

    static Stream<Arguments> badSchools() {
        return Stream.of(
                bad("malformed JSON", utf8("{\"urn\": \"%s\", ")),
                bad("a number for the URN", utf8("{\"urn\": %s, \"name\": \"Hillside\"}")),
                bad("an unknown field", utf8("{\"urn\": \"%s\", \"name\": \"Hillside\", \"phase\": \"primary\"}")),
                bad("a control character in the name", utf8("{\"urn\": \"%s\", \"name\": \"Hill\\rside\"}")),
                bad("a URN with spaces", utf8("{\"urn\": \" %s\", \"name\": \"Hillside\"}")),
                bad("a 1 MB name", utf8("{\"urn\": \"%s\", \"name\": \"" + "x".repeat(1024 * 1024) + "\"}")),
                bad("bytes that are not UTF-8", bytes(utf8("{\"urn\": \"%s\", \"name\": \"Hill"), new byte[] {(byte) 0xFF}, utf8("\"}"))),
                bad("an empty body", new byte[0]));
    }

    @ParameterizedTest(name = "POST school: {0}")
    @MethodSource("badSchools")
    void aBadOnboardingIs400AndOnboardsNothing(String what, byte[] template) {
        String freshUrn = anyUrn().value();
        byte[] body = new String(template, StandardCharsets.ISO_8859_1).replace("%s", freshUrn).getBytes(StandardCharsets.ISO_8859_1);

        Response refused = http.sendJson("POST", "/schools", body);

        assertIsAProblem(refused, what);
        assertThat(http.get("/schools/" + freshUrn).status()).isEqualTo(404);
        assertThat(events.count(freshUrn)).isZero();
    }

    private void assertIsAProblem(Response refused, String what) {
        assertThat(refused.status()).as(what + ": " + refused).isEqualTo(400);
        assertThat(refused.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(400);
        assertThat(refused.json().get("type").asText()).startsWith("https://manage-school-placements.education.gov.uk/problems/");
        assertThat(refused.json().has("title")).isTrue();
    }

    private void assertNothingChanged() {
        Response after = http.get("/schools/" + urn);
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(events.count(urn)).isEqualTo(2);
        assertThat(http.get(contactPath() + "/history").json().get("versions")).hasSize(1);
    }

    private String contactPath() {
        return "/schools/" + urn + "/placement-contact";
    }

    private static Arguments bad(String what, byte[] body) {
        return Arguments.of(what, body);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
