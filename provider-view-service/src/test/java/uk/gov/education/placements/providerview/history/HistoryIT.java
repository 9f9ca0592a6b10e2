package uk.gov.education.placements.providerview.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.Placement;
import uk.gov.education.placements.providerview.TestEvents.School;
import uk.gov.education.placements.infrastructure.Tokens;
import uk.gov.education.placements.support.security.Access;

class HistoryIT extends ProviderViewIT {

    private static final Pattern PSEUDONYM = Pattern.compile("hmac-sha256:[0-9a-f]{64}");

    @Test
    void theHistoryStreamsAsNdjsonInStoredOrderWithContactsRedacted() {
        School school = TestEvents.school(TestEvents.anyUrn());
        Placement placement = TestEvents.placement(school.urn);
        publisher.publish(school.onboarded("Hillside"), school.contactAdded("Ada", "Lovelace", "ada@hillside.sch.uk"),
                school.contactChanged("Ada", "Lovelace", "ADA@hillside.sch.uk"),
                school.contactChanged(null, "Byron", "byron@hillside.sch.uk"),
                placement.created(TestEvents.primaryDetails("Primary", "year_1")));
        awaitJson("/placements/" + placement.id, body -> body.path("placementContact").path("lastName").asText().equals("Byron"));

        ResponseEntity<String> response = asAnalyst("/history/events?school=" + school.urn);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/x-ndjson"));
        assertThat(response.getBody()).doesNotContain("Ada").doesNotContain("Lovelace").doesNotContain("Byron")
                .doesNotContainIgnoringCase("@hillside.sch.uk").endsWith("\n");
        assertThat(response.getBody().split("\n")).allSatisfy(line -> assertThat(line).startsWith("{\"specversion\":"));
        List<JsonNode> lines = lines(response.getBody());
        assertThat(lines).hasSize(5);
        List<JsonNode> schoolEvents = lines.stream().filter(l -> l.get("source").asText().equals("school-service")).toList();
        assertThat(schoolEvents).extracting(l -> l.get("type").asText()).containsExactly("SchoolOnboarded.v1",
                "PlacementContactAdded.v1", "PlacementContactChanged.v1", "PlacementContactChanged.v1");
        assertThat(schoolEvents).extracting(l -> l.get("aggregatesequence").asLong()).containsExactly(0L, 1L, 2L, 3L);
        JsonNode first = lines.get(0);
        assertThat(memberNames(first)).containsExactly("specversion", "id", "type", "source", "subject", "time",
                "datacontenttype", "aggregateid", "aggregatesequence", "data");
        assertThat(first.get("subject").asText()).isEqualTo(school.urn);

        JsonNode added = schoolEvents.get(1).get("data");
        JsonNode sameAddress = schoolEvents.get(2).get("data");
        JsonNode byron = schoolEvents.get(3).get("data");
        assertThat(added.get("firstName").asText()).isEqualTo(ContactRedactor.REDACTED);
        assertThat(added.get("email").asText()).matches(PSEUDONYM);
        assertThat(sameAddress.get("email").asText()).as("same address, same pseudonym").isEqualTo(added.get("email").asText());
        assertThat(byron.get("email").asText()).matches(PSEUDONYM).isNotEqualTo(added.get("email").asText());
        assertThat(byron.get("firstName").isNull()).as("a name not entered stays null").isTrue();
        assertThat(asAnalyst("/history/events?school=" + school.urn).getBody()).as("stable").isEqualTo(response.getBody());
    }

    @Test
    void theHistoryFiltersByEventTimeAndType() {
        School school = TestEvents.school(TestEvents.anyUrn());
        publisher.publish(school.at(Instant.parse("2031-01-01T00:00:00Z"), onboarded(school.urn)),
                school.at(Instant.parse("2031-01-02T00:00:00Z"), contact(school.urn, "a@x.sch.uk", true)),
                school.at(Instant.parse("2031-01-03T00:00:00Z"), contact(school.urn, "b@x.sch.uk", false)));
        awaitJson("/schools/" + school.urn, body -> body.path("placementContact").path("email").asText().equals("b@x.sch.uk"));
        String all = "/history/events?school=" + school.urn;

        assertThat(types(all + "&from=2031-01-02T00:00:00Z")).containsExactly("PlacementContactAdded.v1",
                "PlacementContactChanged.v1");
        assertThat(types(all + "&from=2031-01-01T12:00:00Z&to=2031-01-03T00:00:00Z"))
                .containsExactly("PlacementContactAdded.v1");
        assertThat(types(all + "&to=2030-12-31T23:00:00-01:00")).as("an offset other than Z").isEmpty();
        assertThat(types(all + "&type=PlacementContactChanged")).containsExactly("PlacementContactChanged.v1");
        assertThat(types(all + "&type=SchoolOnboarded.v1,PlacementContactChanged"))
                .containsExactly("SchoolOnboarded.v1", "PlacementContactChanged.v1");
    }

    @Test
    void badHistoryParametersAreBadRequestsAndAnAnalystIsNeverServedUnredactedData() {
        assertThat(asAnalyst("/history/events?from=yesterday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(asAnalyst("/history/events?type=SchoolRenamed").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(asAnalyst("/history/events?school=12").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(asAnalyst("/history/events?from=2031-01-02T00:00:00Z&to=2031-01-01T00:00:00Z").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(asAnalyst("/history/events?limit=10").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> unredacted = asAnalyst("/history/events?redact=false");
        assertThat(unredacted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(unredacted).get("detail").asText()).isEqualTo(Access.FORBIDDEN_MESSAGE);
    }

    @Test
    void aSchoolAsOfAnInstantShowsTheContactItHadThen() {
        School school = TestEvents.school(TestEvents.anyUrn());
        publisher.publish(school.at(Instant.parse("2030-03-01T09:00:00Z"), onboarded(school.urn)),
                school.at(Instant.parse("2030-03-02T09:00:00Z"), contact(school.urn, "first@x.sch.uk", true)),
                school.at(Instant.parse("2030-03-03T09:00:00Z"), contact(school.urn, "second@x.sch.uk", false)));
        awaitJson("/schools/" + school.urn, body -> body.path("placementContact").path("email").asText().equals("second@x.sch.uk"));
        String path = "/history/schools/" + school.urn + "?asOf=";

        assertThat(asAnalyst(path + "2030-03-01T08:59:59Z").getStatusCode()).as("not onboarded yet").isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> onboardedOnly = asAnalyst(path + "2030-03-01T09:00:00Z");
        assertThat(onboardedOnly.getBody()).startsWith("{\"placementContact\":null,\"urn\":\"" + school.urn + "\"");
        JsonNode beforeChange = json(asAnalyst(path + "2030-03-03T08:59:59Z"));
        JsonNode afterChange = json(asAnalyst(path + "2030-03-03T09:00:00Z"));
        assertThat(memberNames(beforeChange)).containsExactly("placementContact", "urn", "name", "version", "asOf",
                "lastChangedAt");
        assertThat(beforeChange.get("version").asLong()).isEqualTo(1);
        assertThat(afterChange.get("version").asLong()).isEqualTo(2);
        assertThat(beforeChange.get("lastChangedAt").asText()).isEqualTo("2030-03-02T09:00:00Z");
        String firstPseudonym = beforeChange.get("placementContact").get("email").asText();
        String secondPseudonym = afterChange.get("placementContact").get("email").asText();
        assertThat(firstPseudonym).matches(PSEUDONYM);
        assertThat(secondPseudonym).matches(PSEUDONYM).isNotEqualTo(firstPseudonym);
        assertThat(beforeChange.get("placementContact").get("firstName").asText()).isEqualTo(ContactRedactor.REDACTED);
        assertThat(afterChange.get("placementContact").get("firstName").isNull()).isTrue();
        assertThat(afterChange.get("name").asText()).isEqualTo("As-of School");
    }

    @Test
    void badAsOfRequestsAreBadRequestsAndUnknownSchoolsNotFound() {
        assertThat(asAnalyst("/history/schools/" + TestEvents.anyUrn() + "?asOf=2030-13-01T00:00:00Z").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(asAnalyst("/history/schools/" + TestEvents.anyUrn()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(asAnalyst("/history/schools/abc?asOf=2030-01-01T00:00:00Z").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(asAnalyst("/history/schools/" + TestEvents.anyUrn() + "?asOf=2030-01-01T00:00:00Z").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static SchoolOnboarded onboarded(String urn) {
        return new SchoolOnboarded(urn, "As-of School");
    }

    private static DomainEvent contact(String urn, String email, boolean added) {
        return added ? new PlacementContactAdded(urn, "Ada", null, email)
                : new PlacementContactChanged(urn, null, "Byron", email);
    }

    /** The history is the analysts' (support has its own tests: see ProviderViewAuthorisationIT). */
    private ResponseEntity<String> asAnalyst(String path) {
        return get(path, Tokens.analyst());
    }

    private List<String> types(String path) {
        ResponseEntity<String> response = asAnalyst(path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return lines(response.getBody()).stream().map(line -> line.get("type").asText()).toList();
    }

    private static List<JsonNode> lines(String body) {
        List<JsonNode> lines = new ArrayList<>();
        if (body == null) {
            return lines;
        }
        for (String line : body.split("\n")) {
            if (!line.isEmpty()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (Exception e) {
                    throw new AssertionError("Not a JSON line: " + line, e);
                }
            }
        }
        return lines;
    }
}
