package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.identity.DemoTokens;
import uk.gov.education.placements.gateway.identity.DemoUser;

/** Every service down (nothing listens where they should be): each kind of page says so, with a 5xx, and nothing breaks. */
@SpringBootTest
@AutoConfigureMockMvc
class ServicesDownTest {

    private static final int NOTHING_LISTENS = closedPort();

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoTokens tokens;

    @DynamicPropertySource
    static void servicesThatAreDown(DynamicPropertyRegistry properties) {
        String down = "http://127.0.0.1:" + NOTHING_LISTENS;
        properties.add("placements.gateway.school-service-url", () -> down);
        properties.add("placements.gateway.placement-service-url", () -> down);
        properties.add("placements.gateway.provider-view-service-url", () -> down);
        properties.add("placements.gateway.demo-signing-key", () -> "file:" + PageTest.SIGNING_KEY_FILE);
    }

    @Test
    void schoolPagesSaySorryThereIsAProblemWithTheService() throws Exception {
        for (String path : List.of("/schools/100000", "/schools/100000/placements", "/schools/100000/placements/new",
                "/schools/100000/partner-providers")) {
            assertProblemPage(mvc.perform(get(path).with(as(DemoUser.SCHOOL_USER))).andReturn());
        }
    }

    @Test
    void formSubmissionsSaySorryThereIsAProblemWithTheService() throws Exception {
        assertProblemPage(mvc.perform(post("/schools/100000/placement-contact/new").param("email", "jane@example.com")
                .with(as(DemoUser.SCHOOL_USER)).with(csrf())).andReturn());
        assertProblemPage(mvc.perform(post("/support/schools").param("urn", "100000").param("name", "Hillside")
                .with(as(DemoUser.SUPPORT_USER)).with(csrf())).andReturn());
    }

    @Test
    void providerPagesSaySorryThereIsAProblemWithTheService() throws Exception {
        assertProblemPage(mvc.perform(get("/providers/1TZ/placements").with(as(DemoUser.PROVIDER_USER))).andReturn());
        assertProblemPage(mvc.perform(get("/providers/1TZ/schools/100000").with(as(DemoUser.PROVIDER_USER))).andReturn());
    }

    @Test
    void signingInStillWorksBecauseItNeedsNoService() throws Exception {
        MvcResult signedIn = mvc.perform(post("/sign-in").param("user", "provider-user").with(csrf())).andReturn();

        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    private RequestPostProcessor as(DemoUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(tokens.signIn(user), null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }

    private static void assertProblemPage(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(503);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.text()).doesNotContain("Exception", "Connection refused");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
