package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.gateway.identity.DemoUser.SCHOOL_USER;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.StubService;

class PartnerProviderPagesTest extends PageTest {

    private static final String PAGES = "/schools/" + URN + "/partner-providers";
    private static final String PARTNERSHIPS = "/schools/" + URN + "/partnerships";

    @BeforeEach
    void aSchool() {
        schoolWithContact("Jane", null, "jane@example.com", 1);
    }

    @Test
    void listsThePartnerProvidersEachWithAWayToRemoveIt() {
        PLACEMENT_SERVICE.on("GET", PARTNERSHIPS, StubService.json(200, "[{\"schoolUrn\":\"100000\",\"providerCode\":\"1TZ\"}]"));

        Document page = html(getAs(SCHOOL_USER, PAGES));

        assertThat(page.select("h1").text()).isEqualTo("Partner providers");
        assertThat(page.select("[data-test=partner-providers] tbody td").first().text()).isEqualTo("1TZ");
        assertThat(page.select("[data-test=partner-providers] tbody a").attr("href")).isEqualTo(PAGES + "/1TZ/remove");
        assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Partner providers");
    }

    @Test
    void addingAProviderSaysItCanNowBeAddedToPlacements() {
        PLACEMENT_SERVICE.on("POST", PARTNERSHIPS, StubService.json(201, "{\"schoolUrn\":\"100000\",\"providerCode\":\"1TZ\"}"));

        MvcResult added = postAs(SCHOOL_USER, PAGES + "/new", "providerCode", "1tz");

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(PAGES);
        assertThat(added.getFlashMap().get("banner"))
                .hasToString("Banner[heading=Provider added, body=You can now add 1TZ to your placements.]");
        assertThat(PLACEMENT_SERVICE.last("POST", PARTNERSHIPS).body()).isEqualTo("{\"providerCode\":\"1tz\"}");
    }

    @Test
    void addingAProviderTwiceSaysItHasAlreadyBeenAdded() {
        PLACEMENT_SERVICE.on("POST", PARTNERSHIPS, StubService.problem(409, "partnership-exists", "exists"));

        MvcResult result = postAs(SCHOOL_USER, PAGES + "/new", "providerCode", "1TZ");

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        Document page = html(result);
        assertThat(page.title()).startsWith("Error: Add partner provider");
        assertThat(page.select(".govuk-error-summary__list a").text()).isEqualTo("1TZ has already been added. Try another provider");
        assertThat(page.select("#provider-code").val()).isEqualTo("1TZ");
    }

    @Test
    void anInvalidCodeShowsTheServicesMessageOnTheField() {
        PLACEMENT_SERVICE.on("POST", PARTNERSHIPS, StubService.problem(400, "validation-error", "Enter a provider code, like 1TZ",
                "providerCode", "Enter a provider code, like 1TZ"));

        MvcResult result = postAs(SCHOOL_USER, PAGES + "/new", "providerCode", "not a code");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(result).select("#provider-code-error").text()).isEqualTo("Error: Enter a provider code, like 1TZ");
    }

    @Test
    void removingAProviderSaysItCanNoLongerBeAssigned() {
        PLACEMENT_SERVICE.on("GET", PARTNERSHIPS, StubService.json(200, "[{\"schoolUrn\":\"100000\",\"providerCode\":\"1TZ\"}]"));
        assertThat(html(getAs(SCHOOL_USER, PAGES + "/1TZ/remove")).select("h1").text())
                .isEqualTo("Are you sure you want to remove this provider?");
        PLACEMENT_SERVICE.on("DELETE", PARTNERSHIPS + "/1TZ", StubService.empty(204));

        MvcResult removed = postAs(SCHOOL_USER, PAGES + "/1TZ/remove");

        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo(PAGES);
        assertThat(removed.getFlashMap().get("banner"))
                .hasToString("Banner[heading=Provider deleted, body=You can no longer assign 1TZ to your placements.]");
    }

    @Test
    void aProviderWithAssignedPlacementsIsNotRemovedAndTheUserIsToldWhy() {
        PLACEMENT_SERVICE.on("DELETE", PARTNERSHIPS + "/1TZ", StubService.problem(409, "partnership-has-assigned-placements",
                "You cannot end the partnership with provider 1TZ while 1 placement is assigned to it. Unassign the provider from them first."));

        MvcResult result = postAs(SCHOOL_USER, PAGES + "/1TZ/remove");

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(result).select("h1").text()).isEqualTo("You cannot remove this provider");
        assertThat(html(result).select("[data-test=refusal]").text()).startsWith("You cannot end the partnership with provider 1TZ");
    }

    @Test
    void removingAProviderThatIsNotAPartnerIsPageNotFound() {
        PLACEMENT_SERVICE.on("GET", PARTNERSHIPS, StubService.json(200, "[]"));

        assertThat(getAs(SCHOOL_USER, PAGES + "/9ZZ/remove").getResponse().getStatus()).isEqualTo(404);
    }
}
