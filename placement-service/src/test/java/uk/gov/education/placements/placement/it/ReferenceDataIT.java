package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.infrastructure.Tokens;

/** The reference data over HTTP, as gateways read it to build their forms and name what they show. */
@RealPlacementService
class ReferenceDataIT {

    @Autowired
    Api api;

    @Test
    void answersEverySubjectWithItsNamePhaseAndParentInTheReferenceDataOrder() {
        Api.Response response = api.as(Tokens.schoolUser("reference-school-user", "100000")).get("/reference/subjects");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode subjects = response.body();
        assertThat(subjects.size()).isEqualTo(41);
        assertThat(subjects.get(0).fieldNames()).toIterable().containsExactly("code", "name", "phase", "parent");
        assertThat(subjects.get(0).path("code").asText()).isEqualTo("primary");
        assertThat(subject(subjects, "primary_with_mathematics").path("name").asText()).isEqualTo("Primary with mathematics");
        assertThat(subject(subjects, "mathematics").path("phase").asText()).isEqualTo("secondary");
        assertThat(subject(subjects, "mathematics").path("parent").isNull()).isTrue();
        assertThat(subject(subjects, "french").path("parent").asText()).isEqualTo("modern_languages");
    }

    @Test
    void answersTheYearGroupsInTheFormsOrderWithProductionsNames() {
        assertThat(codesAndNames("/reference/year-groups")).containsExactly(
                Map.entry("nursery", "Nursery"), Map.entry("reception", "Reception"),
                Map.entry("year_1", "Year 1"), Map.entry("year_2", "Year 2"), Map.entry("year_3", "Year 3"),
                Map.entry("year_4", "Year 4"), Map.entry("year_5", "Year 5"), Map.entry("year_6", "Year 6"),
                Map.entry("mixed_year_groups", "Mixed year groups"));
    }

    @Test
    void answersTheTermsInCalendarOrderWithProductionsNames() {
        assertThat(codesAndNames("/reference/terms")).containsExactly(
                Map.entry("autumn", "Autumn term"), Map.entry("spring", "Spring term"), Map.entry("summer", "Summer term"));
    }

    @Test
    void answersThePhasesWithProductionsNames() {
        assertThat(codesAndNames("/reference/phases")).containsExactly(
                Map.entry("primary", "Primary"), Map.entry("secondary", "Secondary"));
    }

    @Test
    void answersEveryStatusTheContractAnswersWithTheTagTheSchoolAndAProviderSee() {
        JsonNode statuses = api.get("/reference/placement-statuses").body();

        assertThat(statuses.size()).isEqualTo(3);
        assertThat(statuses.get(0).fieldNames()).toIterable().containsExactly("code", "name", "providerName");
        List<String> rows = new ArrayList<>();
        for (JsonNode status : statuses) {
            rows.add(status.path("code").asText() + " | " + status.path("name").asText() + " | " + status.path("providerName").asText());
        }
        assertThat(rows).containsExactly(
                "available | Available | Available",
                "assigned | Assigned to provider | Unavailable",
                "assigned_to_you | Assigned to you | Assigned to you");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/reference/subjects", "/reference/year-groups", "/reference/terms", "/reference/phases",
            "/reference/placement-statuses"})
    void mayBeCachedAndRevalidatedWithItsETag(String path) {
        Api.Response first = api.get(path);
        String etag = first.header("ETag");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("max-age=3600, private");
        Api.Response revalidated = api.send("GET", path, null, "If-None-Match", etag);
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.raw()).isEmpty();
        assertThat(revalidated.header("ETag")).isEqualTo(etag);
        assertThat(revalidated.header("Cache-Control")).isEqualTo("max-age=3600, private");
        Api.Response stale = api.send("GET", path, null, "If-None-Match", "\"something-else\"");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.header("ETag")).isEqualTo(etag);
        assertThat(stale.body().size()).isEqualTo(first.body().size());
    }

    @Test
    void eachListHasAnETagOfItsOwnContent() {
        Set<String> etags = new HashSet<>();
        for (String path : List.of("/reference/subjects", "/reference/year-groups", "/reference/terms", "/reference/phases",
                "/reference/placement-statuses")) {
            etags.add(api.get(path).header("ETag"));
        }

        assertThat(etags).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/reference/subjects", "/reference/year-groups", "/reference/terms", "/reference/phases",
            "/reference/placement-statuses"})
    void isReadByEverySignedInKindOfUserButNotWithoutAToken(String path) {
        List<String> tokens = List.of(Tokens.support(), Tokens.analyst(), Tokens.providerUser("reference-provider", "1TZ"),
                Tokens.schoolUser("reference-school", "100001"), Tokens.nobody("reference-nobody"));
        List<Integer> statuses = new ArrayList<>();
        for (String token : tokens) {
            statuses.add(api.as(token).get(path).status());
        }

        assertThat(statuses).containsOnly(200);
        Api.Response anonymous = api.as(null).get(path);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    private List<Map.Entry<String, String>> codesAndNames(String path) {
        Api.Response response = api.as(Tokens.schoolUser("reference-school-user", "100000")).get(path);
        assertThat(response.status()).isEqualTo(200);
        Map<String, String> entries = new LinkedHashMap<>();
        for (JsonNode entry : response.body()) {
            assertThat(entry.fieldNames()).toIterable().containsExactly("code", "name");
            entries.put(entry.path("code").asText(), entry.path("name").asText());
        }
        assertThat(entries).hasSize(response.body().size());
        return List.copyOf(entries.entrySet());
    }

    private static JsonNode subject(JsonNode subjects, String code) {
        for (JsonNode subject : subjects) {
            if (subject.path("code").asText().equals(code)) {
                return subject;
            }
        }
        throw new AssertionError("No subject " + code + " in " + subjects);
    }
}
