package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.gov.education.placements.gateway.identity.DemoUser.SCHOOL_USER;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.StubService;

/** What every page shares: GOV.UK's template, assets served by the gateway itself, CSRF on every form. */
class GovukPatternsTest extends PageTest {

    private static final UUID ID = UUID.fromString("3f2b6a52-0c4e-4d7e-9d43-1a8c5a0b9e11");

    @Test
    void everyPageStartsWithASkipLinkToTheMainContent() {
        schoolWithContact("Jane", null, "jane@example.com", 1);

        Document page = html(getAs(SCHOOL_USER, "/schools/" + URN));

        Element first = page.body().select("a").first();
        assertThat(first.hasClass("govuk-skip-link")).isTrue();
        assertThat(first.attr("href")).isEqualTo("#main-content");
        assertThat(page.select("main#main-content")).hasSize(1);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void everyFormThatChangesSomethingCarriesACsrfToken() {
        schoolWithContact("Jane", null, "jane@example.com", 1);
        PLACEMENT_SERVICE.on("GET", "/placements/" + ID, StubService.json(200, placement(ID, null)));
        PLACEMENT_SERVICE.on("GET", "/schools/" + URN + "/partnerships", StubService.json(200, "[{\"schoolUrn\":\"100000\",\"providerCode\":\"1TZ\"}]"));
        String base = "/schools/" + URN;
        List<String> pages = List.of(base + "/placement-contact/edit", base + "/placements/new", base + "/placements/" + ID + "/edit",
                base + "/placements/" + ID + "/provider", base + "/placements/" + ID + "/delete", base + "/partner-providers/new",
                base + "/partner-providers/1TZ/remove");
        for (String path : pages) {
            MvcResult result = getAs(SCHOOL_USER, path);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            List<Element> forms = html(result).select("form[method=post]");
            assertThat(forms).as(path).hasSizeGreaterThanOrEqualTo(2);
            assertThat(forms).as(path).allSatisfy(form -> assertThat(form.select("input[type=hidden][name=_csrf]").val()).isNotBlank());
        }
    }

    @Test
    void theGovukFrontendAssetsComeFromTheGatewayItself() {
        MvcResult css = perform(get("/govuk-frontend/govuk-frontend.min.css"));
        assertThat(css.getResponse().getStatus()).isEqualTo(200);
        assertThat(css.getResponse().getContentType()).startsWith("text/css");
        for (String asset : List.of("/govuk-frontend/govuk-frontend.min.js", "/assets/fonts/light-94a07e06a1-v2.woff2",
                "/assets/images/favicon.svg", "/js/init.js", "/js/body-classes.js", "/favicon.ico")) {
            assertThat(perform(get(asset)).getResponse().getStatus()).as(asset).isEqualTo(200);
        }
        Document page = html(perform(get("/sign-in")));
        assertThat(page.select("link[rel=stylesheet], script[src]").eachAttr("href").stream()
                .filter(href -> !href.isEmpty())).allMatch(href -> href.startsWith("/"));
        assertThat(page.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("/"));
    }

    @Test
    void pagesAllowOnlyTheGatewaysOwnScriptsAndStyles() {
        MvcResult result = perform(get("/sign-in"));

        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
        assertThat(html(result).select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void healthIsOpenForTheLocalStackAndDockerCompose() {
        MvcResult readiness = perform(get("/actuator/health/readiness"));

        assertThat(readiness.getResponse().getStatus()).isEqualTo(200);
    }
}
