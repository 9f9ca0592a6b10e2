package uk.gov.education.placements.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestHeadersTest {

    @Test
    void readsIfMatchAsStarOrAListOfStrongAndWeakTags() {
        assertThat(RequestHeaders.ifMatch(List.of(" * "))).isEqualTo(new EntityTags(true, List.of()));
        assertThat(RequestHeaders.ifMatch(List.of("\"3\" , W/\"5\"", "\"a,b\",,")).tags()).containsExactly(
                new EntityTags.Tag(false, "3"), new EntityTags.Tag(true, "5"), new EntityTags.Tag(false, "a,b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3", "3\"", "W/3", "\"3\" \"4\"", ",", "", "  ", "\"3\" x", "*, \"3\"", "\"caf\u00e9\""})
    void refusesAnIfMatchThatIsNoEntityTagList(String header) {
        assertBadRequest(() -> RequestHeaders.ifMatch(List.of(header)), "invalid-if-match");
    }

    @Test
    void refusesAStarBesideAnotherIfMatch() {
        assertBadRequest(() -> RequestHeaders.ifMatch(List.of("*", "\"3\"")), "invalid-if-match");
    }

    @Test
    void readsTheSchoolVersionAsANumberOrAsTheETagSchoolServiceSent() {
        assertThat(RequestHeaders.schoolVersion(List.of("3"))).isEqualTo(3);
        assertThat(RequestHeaders.schoolVersion(List.of(" 12 "))).isEqualTo(12);
        assertThat(RequestHeaders.schoolVersion(List.of("\"7\""))).isEqualTo(7);
        assertThat(RequestHeaders.schoolVersion(List.of("W/\"0\""))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "latest", "-1", "\"3", "3\"", "1.5", "9999999999999999999", "W/3x", "007"})
    void refusesAnyOtherSchoolVersion(String header) {
        assertBadRequest(() -> RequestHeaders.schoolVersion(List.of(header)), "invalid-school-version");
    }

    @Test
    void refusesTwoSchoolVersions() {
        assertBadRequest(() -> RequestHeaders.schoolVersion(List.of("3", "4")), "invalid-school-version");
    }

    @Test
    void refusesAnAcceptThatIsNoListOfMediaTypesBeforeAnythingReadsIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept", "9223372036854775808");

        assertBadRequest(() -> RequestHeaders.parse(request), "invalid-accept");
    }

    @Test
    void refusesAReadHeaderWithACharacterOutsidePrintableAscii() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("If-Match", "\"3\u0099\"");

        assertBadRequest(() -> RequestHeaders.parse(request), "invalid-header");
    }

    /** Found by HostileRequestsIT: Spring answered a wildcard Content-Type with a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*"})
    void refusesAWildcardContentType(String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Content-Type", contentType);

        assertBadRequest(() -> RequestHeaders.parse(request), "invalid-content-type");
    }

    /** Found by HostileRequestsIT: a NUL in a query parameter reached PostgreSQL, which answered with an error. */
    @ParameterizedTest
    @ValueSource(strings = {"subject=a%00%40example.com", "x=%01", "x=%C3%28", "x=%zz", "a%7Fb=1", "x=%C2%85"})
    void refusesAQueryThatIsNoPercentEncodedUtf8TextWithoutControlCharacters(String query) {
        assertBadRequest(() -> RequestHeaders.checkQuery(query), "invalid-query");
    }

    @Test
    void takesAnyTextInAQueryParameter() {
        RequestHeaders.checkQuery("subject=primary_with_mathematics&name=%F0%9F%98%80+caf%C3%A9&empty=&flag");
    }

    @Test
    void storesWhatItParsedForTheControllers() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("If-Match", "\"4\"");
        request.addHeader("X-School-Version", "\"2\"");
        request.addHeader("Accept", "application/json;q=0.9, */*;q=0.1");
        request.addHeader("Content-Type", "application/merge-patch+json; charset=utf-8");

        RequestHeaders.parse(request);

        assertThat(request.getAttribute(RequestHeaders.IF_MATCH)).isEqualTo(
                new EntityTags(false, List.of(new EntityTags.Tag(false, "4"))));
        assertThat(request.getAttribute(RequestHeaders.SCHOOL_VERSION)).isEqualTo(2L);
    }

    private static void assertBadRequest(Runnable parse, String slug) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.problem().getStatus()).isEqualTo(400);
            assertThat(problem.problem().getType().toString()).endsWith("/" + slug);
        });
    }
}
