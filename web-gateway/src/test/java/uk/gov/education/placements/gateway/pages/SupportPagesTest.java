package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.gateway.identity.DemoUser.SUPPORT_USER;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.StubService;

class SupportPagesTest extends PageTest {

    @Test
    void supportOnboardsASchoolAndLandsOnItsOrganisationDetails() {
        SCHOOL_SERVICE.on("POST", "/schools", StubService.json(201, school("null"), "ETag", "\"0\"", "Location", "/schools/100000"));

        MvcResult result = postAs(SUPPORT_USER, "/support/schools", "urn", "100000", "name", "Hillside Primary School");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/schools/100000");
        assertThat(SCHOOL_SERVICE.last("POST", "/schools").body()).isEqualTo("{\"urn\":\"100000\",\"name\":\"Hillside Primary School\"}");
    }

    @Test
    void anInvalidUrnShowsTheServicesMessage() {
        SCHOOL_SERVICE.on("POST", "/schools", StubService.problem(400, "validation-error", "Enter a URN of 6 or 7 digits, like 100000",
                "urn", "Enter a URN of 6 or 7 digits, like 100000"));

        MvcResult result = postAs(SUPPORT_USER, "/support/schools", "urn", "12", "name", "Hillside");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(result).select(".govuk-error-summary__list a").attr("href")).isEqualTo("#urn");
        assertThat(html(result).select("#urn-error").text()).isEqualTo("Error: Enter a URN of 6 or 7 digits, like 100000");
    }

    @Test
    void supportActsForAnySchoolOrProvider() {
        assertThat(getAs(SUPPORT_USER, "/support/open?school=100123").getResponse().getRedirectedUrl()).isEqualTo("/schools/100123");
        assertThat(getAs(SUPPORT_USER, "/support/open?provider=2ab").getResponse().getRedirectedUrl()).isEqualTo("/providers/2AB/placements");
        SCHOOL_SERVICE.on("GET", "/schools/100123", StubService.json(200, school("null").replace(URN, "100123"), "ETag", "\"0\""));
        assertThat(getAs(SUPPORT_USER, "/schools/100123").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aUrnIsKeptInsideThePathItRedirectsTo() {
        assertThat(getAs(SUPPORT_USER, "/support/open?school=../admin?x=1").getResponse().getRedirectedUrl())
                .isEqualTo("/schools/..%2Fadmin%3Fx=1");
    }
}
