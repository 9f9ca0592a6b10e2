package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MvcResult;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.identity.SignedInUser;

class SignInPagesTest extends PageTest {

    @Test
    void offersTheThreeDemoUsers() {
        Document page = html(perform(get("/sign-in")));

        assertThat(page.title()).isEqualTo("Sign in - Manage school placements - GOV.UK");
        assertThat(page.select("input[name=user]").eachAttr("value")).containsExactly("school-user", "provider-user", "support-user");
        assertThat(page.select("form[action=/sign-in] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void anyoneNotSignedInIsSentToSignIn() {
        MvcResult result = perform(get("/schools/" + URN));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    @Test
    void signingInWithoutChoosingAUserSaysSoInAnErrorSummary() {
        MvcResult result = perform(post("/sign-in").with(csrf()));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error=true");

        MvcResult page = perform(get("/sign-in?error=true"));
        Document html = html(page);
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(html.title()).startsWith("Error: Sign in");
        assertThat(html.select(".govuk-error-summary__list a").text()).isEqualTo("Select who you want to sign in as");
        assertThat(html.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#user");
        assertThat(html.select("#user")).hasSize(1);
    }

    @Test
    void aSchoolUserSignsInWithATokenTheServicesAcceptAndTheTokenStaysInTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String sessionBefore = session.getId();
        MvcResult signedIn = perform(post("/sign-in").param("user", "school-user").with(csrf()).session(session));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession current = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(current.getId()).as("a new session id at sign-in").isNotEqualTo(sessionBefore);

        SignedInUser user = (SignedInUser) ((SecurityContext) current.getAttribute("SPRING_SECURITY_CONTEXT"))
                .getAuthentication().getPrincipal();
        SignedJWT token = SignedJWT.parse(user.bearerToken());
        assertThat(token.verify(new RSASSAVerifier(SIGNING_KEY.toRSAPublicKey()))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("https://identity.manage-school-placements.local");
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly("manage-school-placements");
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("demo-school-user");
        assertThat(token.getJWTClaimsSet().getStringListClaim("schools")).containsExactly(URN);
        assertThat(user.toString()).doesNotContain(user.bearerToken());

        MvcResult start = perform(get("/").session(current));
        assertThat(start.getResponse().getRedirectedUrl()).isEqualTo("/schools/" + URN);

        schoolWithoutContact();
        MvcResult page = perform(get("/schools/" + URN).session(current));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).doesNotContain(user.bearerToken());
        assertThat(page.getResponse().getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.contains(user.bearerToken()));
        assertThat(SCHOOL_SERVICE.last("GET", "/schools/" + URN).header("Authorization")).isEqualTo("Bearer " + user.bearerToken());
    }

    @Test
    void providerAndSupportUsersStartOnTheirOwnPages() {
        MockHttpSession provider = new MockHttpSession();
        MvcResult providerSignedIn = perform(post("/sign-in").param("user", "provider-user").with(csrf()).session(provider));
        assertThat(perform(get("/").session((MockHttpSession) providerSignedIn.getRequest().getSession(false)))
                .getResponse().getRedirectedUrl()).isEqualTo("/providers/" + PROVIDER + "/placements");

        MockHttpSession support = new MockHttpSession();
        MvcResult supportSignedIn = perform(post("/sign-in").param("user", "support-user").with(csrf()).session(support));
        assertThat(perform(get("/").session((MockHttpSession) supportSignedIn.getRequest().getSession(false)))
                .getResponse().getRedirectedUrl()).isEqualTo("/support");
    }

    @Test
    void signingOutEndsTheSession() {
        MockHttpSession session = new MockHttpSession();
        MvcResult signedIn = perform(post("/sign-in").param("user", "school-user").with(csrf()).session(session));
        MockHttpSession current = (MockHttpSession) signedIn.getRequest().getSession(false);

        MvcResult signedOut = perform(post("/sign-out").with(csrf()).session(current));

        assertThat(signedOut.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?signed-out=true");
        assertThat(current.isInvalid()).isTrue();
        assertThat(html(perform(get("/sign-in?signed-out=true"))).select(".govuk-notification-banner__heading").text())
                .isEqualTo("You have signed out");
    }
}
