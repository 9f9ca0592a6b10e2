package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.infrastructure.Tokens;

/** The subject reference data over HTTP, as gateways read it to build their forms. */
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
    void mayBeCachedAndRevalidatedWithItsETag() {
        Api.Response first = api.get("/reference/subjects");
        String etag = first.header("ETag");

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.header("Cache-Control")).contains("max-age=3600").contains("private");
        Api.Response revalidated = api.send("GET", "/reference/subjects", null, "If-None-Match", etag);
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.raw()).isEmpty();
        Api.Response stale = api.send("GET", "/reference/subjects", null, "If-None-Match", "\"something-else\"");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.header("ETag")).isEqualTo(etag);
    }

    @Test
    void isReadByEverySignedInKindOfUserButNotWithoutAToken() {
        List<String> tokens = List.of(Tokens.support(), Tokens.analyst(), Tokens.providerUser("reference-provider", "1TZ"),
                Tokens.schoolUser("reference-school", "100001"), Tokens.nobody("reference-nobody"));
        List<Integer> statuses = new ArrayList<>();
        for (String token : tokens) {
            statuses.add(api.as(token).get("/reference/subjects").status());
        }

        assertThat(statuses).containsOnly(200);
        Api.Response anonymous = api.as(null).get("/reference/subjects");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
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
