package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.gov.education.placements.gateway.PageTest;

/**
 * Error pages that Tomcat's error dispatch renders (an unknown URL, a refused CSRF token), which
 * MockMvc does not perform: here over real HTTP, signed in through the real sign-in form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesOnARealServerTest extends PageTest {

    /** What Chromium asks for: Spring Boot's error pages answer HTML only to clients that accept it. */
    private static final String BROWSERS_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void signInAsTheSchoolUser() throws Exception {
        String csrf = Jsoup.parse(send(get("/sign-in")).body()).select("input[name=_csrf]").val();
        HttpResponse<String> signedIn = send(post("/sign-in", "user=school-user&_csrf=" + encode(csrf)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownPageIsPageNotFound() throws Exception {
        HttpResponse<String> response = send(get("/no-such-page"));

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Page not found - Manage school placements - GOV.UK");
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("[data-test=signed-in-as]").text()).isEqualTo("School user of school 100000");
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedWithYouCannotPerformThisActionAndNothingIsSent() throws Exception {
        HttpResponse<String> response = send(post("/schools/" + URN + "/placement-contact/new", "email=jane%40example.com"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("You cannot perform this action");
        assertThat(SCHOOL_SERVICE.requests("POST", "/schools/" + URN + "/placement-contact")).isEmpty();
    }

    @Test
    void aPostOnlyAddressAskedForWithGetIsPageNotFoundNotAnError() throws Exception {
        HttpResponse<String> response = send(get("/support/schools"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
        assertThat(response.body()).doesNotContain("Whitelabel", "Exception");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", BROWSERS_ACCEPT).GET().build();
    }

    private HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", BROWSERS_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
