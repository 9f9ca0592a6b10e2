package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.gov.education.placements.gateway.identity.DemoUser.PROVIDER_USER;
import static uk.gov.education.placements.gateway.identity.DemoUser.SCHOOL_USER;

import java.net.URI;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.StubService;

/** What a user sees when something goes wrong: never a stack trace, never a blank or Whitelabel page. */
class ErrorPagesTest extends PageTest {

    @Test
    void aServiceThatAnswersWith500ShowsSorryThereIsAProblemWithTheService() {
        SCHOOL_SERVICE.on("GET", "/schools/" + URN, StubService.json(500, "{\"type\":\"about:blank\",\"status\":500}"));

        MvcResult result = getAs(SCHOOL_USER, "/schools/" + URN);

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertProblemPage(html(result));
    }

    @Test
    void aServiceThatAnswersWithSomethingThatIsNotJsonIsAProblemWithTheServiceNotAPageOfNulls() {
        SCHOOL_SERVICE.on("GET", "/schools/" + URN, new StubService.Response(502, java.util.Map.of("Content-Type", "text/html"),
                "<html>Bad gateway</html>"));

        MvcResult result = getAs(SCHOOL_USER, "/schools/" + URN);

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertProblemPage(html(result));
    }

    @Test
    void aPlacementIdThatIsNotOneIsPageNotFound() {
        MvcResult result = getAs(SCHOOL_USER, "/schools/" + URN + "/placements/not-a-uuid");

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(result).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void aPlacementIdThatIsOnlyAControlCharacterIsPageNotFound() {
        // As a browser sends it: already encoded, so MockMvc must not encode the % again.
        MvcResult result = perform(get(URI.create("/schools/" + URN + "/placements/%1C")).with(as(SCHOOL_USER)));

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(result).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void aPlacementTheServiceDoesNotKnowIsPageNotFound() {
        PLACEMENT_SERVICE.on("GET", "/placements/3f2b6a52-0c4e-4d7e-9d43-1a8c5a0b9e11",
                StubService.problem(404, "placement-not-found", "There is no placement with id 3f2b6a52-0c4e-4d7e-9d43-1a8c5a0b9e11"));

        MvcResult result = getAs(SCHOOL_USER, "/schools/" + URN + "/placements/3f2b6a52-0c4e-4d7e-9d43-1a8c5a0b9e11");

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(result).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void anotherSchoolsPagesAreRefusedBeforeAnyServiceIsAsked() {
        MvcResult result = getAs(SCHOOL_USER, "/schools/100001");

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(html(result).select("h1").text()).isEqualTo("You cannot perform this action");
        assertThat(SCHOOL_SERVICE.requests("GET", "/schools/100001")).isEmpty();
    }

    @Test
    void aRefusalByTheServiceIsYouCannotPerformThisAction() {
        SCHOOL_SERVICE.on("GET", "/schools/" + URN, StubService.problem(403, "forbidden", "You cannot perform this action"));

        MvcResult result = getAs(SCHOOL_USER, "/schools/" + URN);

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(html(result).select("h1").text()).isEqualTo("You cannot perform this action");
    }

    @Test
    void aTokenTheServicesNoLongerAcceptSendsTheUserToSignInAgain() {
        SCHOOL_SERVICE.on("GET", "/schools/" + URN, StubService.problem(401, "unauthorized", "Sign in"));

        MvcResult result = getAs(SCHOOL_USER, "/schools/" + URN);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-in");
    }

    @Test
    void aFormForAnotherRoleIsPageNotFound() {
        MvcResult result = postAs(PROVIDER_USER, "/support/schools", "urn", "100002", "name", "Another School");

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(SCHOOL_SERVICE.requests("POST", "/schools")).isEmpty();
    }

    private static void assertProblemPage(Document page) {
        assertThat(page.title()).isEqualTo("Sorry, there is a problem with the service - Manage school placements - GOV.UK");
        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.text()).doesNotContain("Exception", "at uk.gov", "Whitelabel");
    }
}
