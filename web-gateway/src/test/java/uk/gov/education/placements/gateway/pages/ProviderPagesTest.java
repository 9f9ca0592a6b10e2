package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.gateway.identity.DemoUser.PROVIDER_USER;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.StubService;

class ProviderPagesTest extends PageTest {

    private static final UUID ID = UUID.fromString("3f2b6a52-0c4e-4d7e-9d43-1a8c5a0b9e11");
    private static final String FIND = "/providers/" + PROVIDER + "/placements";

    private static String providerPlacement(String status) {
        return """
                {"placementContact":{"firstName":"Jane","lastName":null,"email":"jane@example.com"},"status":"%s",
                 "school":{"urn":"100000","name":"Hillside Primary School"},"id":"%s","phase":"primary",
                 "subject":"primary_with_mathematics","additionalSubjects":[],"yearGroup":"year_3","mentors":["Sam Mentor"],
                 "academicYear":"2025/26","terms":[]}
                """.formatted(status, ID);
    }

    @Test
    void findPlacementsSendsTheFiltersAndShowsEachPlacementWithItsStatus() {
        PROVIDER_VIEW.on("GET", "/placements", StubService.json(200, "{\"items\":[" + providerPlacement("assigned_to_you") + ","
                + providerPlacement("assigned").replace(ID.toString(), UUID.randomUUID().toString()) + "],"
                + "\"page\":0,\"size\":20,\"totalItems\":2,\"totalPages\":1}"));

        Document page = html(getAs(PROVIDER_USER, FIND + "?subject=primary_with_mathematics&yearGroup=year_3&partnerSchools=yes"
                + "&show=assigned_to_you"));

        assertThat(PROVIDER_VIEW.last("GET", "/placements").query()).isEqualTo("providerCode=1TZ&subject=primary_with_mathematics"
                + "&yearGroup=year_3&status=assigned_to_you&partnerOf=1TZ&page=0&size=20");
        assertThat(page.select("[data-test=result-count]").text()).isEqualTo("2 placements");
        assertThat(page.select("[data-test=results] li .govuk-tag").eachText()).containsExactly("Assigned to you", "Unavailable");
        assertThat(page.select("[data-test=results] li a").first().attr("href")).isEqualTo(FIND + "/" + ID);
        assertThat(page.select("#subject option[selected]").val()).isEqualTo("primary_with_mathematics");
        assertThat(page.select("#partner-schools").hasAttr("checked")).isTrue();
        assertThat(page.select("form[data-test=filters]").attr("method")).isEqualTo("get");
        assertThat(page.select("form[data-test=filters] input[name=_csrf]")).as("no token in a URL").isEmpty();
    }

    @Test
    void findPlacementsWithoutFiltersShowsAllPlacements() {
        PROVIDER_VIEW.on("GET", "/placements", StubService.json(200, "{\"items\":[" + providerPlacement("available") + "],"
                + "\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}"));

        Document page = html(getAs(PROVIDER_USER, FIND));

        assertThat(PROVIDER_VIEW.last("GET", "/placements").query()).isEqualTo("providerCode=1TZ&page=0&size=20");
        assertThat(page.select("[data-test=result-count]").text()).isEqualTo("1 placement");
        assertThat(page.select("input[name=show][checked]").val()).isEqualTo("all");
        assertThat(page.select(".govuk-pagination")).isEmpty();
    }

    @Test
    void filtersTheFormDoesNotOfferAreIgnoredRatherThanSentOn() {
        PROVIDER_VIEW.on("GET", "/placements", StubService.json(200, "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}"));

        Document page = html(getAs(PROVIDER_USER, FIND + "?subject=astrology&yearGroup=year_9&show=everything&page=-3"));

        assertThat(PROVIDER_VIEW.last("GET", "/placements").query()).isEqualTo("providerCode=1TZ&page=0&size=20");
        assertThat(page.select("main p.govuk-body").text()).isEqualTo("There are no placements that match your filters.");
    }

    @Test
    void resultsOverManyPagesOfferTheNextAndPreviousPage() {
        PROVIDER_VIEW.on("GET", "/placements", StubService.json(200, "{\"items\":[" + providerPlacement("available") + "],"
                + "\"page\":1,\"size\":20,\"totalItems\":45,\"totalPages\":3}"));

        Document page = html(getAs(PROVIDER_USER, FIND + "?show=available&page=1"));

        assertThat(page.select(".govuk-pagination__prev a").attr("href")).isEqualTo(FIND + "?show=available&page=0");
        assertThat(page.select(".govuk-pagination__next a").attr("href")).isEqualTo(FIND + "?show=available&page=2");
    }

    @Test
    void aPlacementShowsThePlacementContactAtTheTopThenTheLocationThenTheDetails() {
        PROVIDER_VIEW.on("GET", "/placements/" + ID, StubService.json(200, providerPlacement("available")));

        Document page = html(getAs(PROVIDER_USER, FIND + "/" + ID));

        assertThat(PROVIDER_VIEW.last("GET", "/placements/" + ID).query()).isEqualTo("providerCode=1TZ");
        assertThat(page.select("h1").text()).isEqualTo("Primary with mathematics");
        assertThat(page.select("main h2").eachText()).containsExactly("Placement contact", "Location", "Placement details");
        Element contact = page.selectFirst("[data-test=placement-contact]");
        assertThat(contact.select(".govuk-summary-list__value").eachText()).containsExactly("Jane", "Not entered", "jane@example.com");
        assertThat(contact.select("a").attr("href")).isEqualTo("mailto:jane@example.com");
        assertThat(page.select("[data-test=location] a").attr("href")).isEqualTo("/providers/1TZ/schools/100000");
        assertThat(page.select("[data-test=placement-details] .govuk-summary-list__value").eachText())
                .containsExactly("Primary", "Primary with mathematics", "Year 3", "2025 to 2026", "Any time in the academic year", "Sam Mentor");
        assertThat(page.select("main .govuk-tag").text()).isEqualTo("Available");
    }

    @Test
    void theSchoolPageShowsItsPlacementContactFirst() {
        PROVIDER_VIEW.on("GET", "/schools/" + URN, StubService.json(200, "{\"placementContact\":{\"firstName\":null,\"lastName\":null,"
                + "\"email\":\"placements@example.com\"},\"urn\":\"100000\",\"name\":\"Hillside Primary School\",\"partnerProviders\":[\"1TZ\"]}"));

        Document page = html(getAs(PROVIDER_USER, "/providers/" + PROVIDER + "/schools/" + URN));

        assertThat(page.select("h1").text()).isEqualTo("Hillside Primary School");
        assertThat(page.select("main h2").first().text()).isEqualTo("Placement contact");
        assertThat(page.select("[data-test=placement-contact] .govuk-summary-list__value").eachText())
                .containsExactly("Not entered", "Not entered", "placements@example.com");
    }

    @Test
    void anotherProvidersPagesAreRefusedBeforeAnyServiceIsAsked() {
        var result = getAs(PROVIDER_USER, "/providers/2AB/placements");

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(html(result).select("h1").text()).isEqualTo("You cannot perform this action");
        assertThat(PROVIDER_VIEW.requests("GET", "/placements")).isEmpty();
    }
}
