package uk.gov.education.placements.gateway;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import uk.gov.education.placements.gateway.identity.DemoTokens;
import uk.gov.education.placements.gateway.identity.DemoUser;
import uk.gov.education.placements.gateway.identity.SignedInUser;

/**
 * The gateway's pages over MockMvc, with the three services stubbed on real ports
 * ({@link StubService}): what a page shows is read from its HTML with jsoup, what it sent from
 * the stubs. Every page test class shares one Spring context and the stubs.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PageTest {

    protected static final String URN = "100000";
    protected static final String PROVIDER = "1TZ";

    protected static final StubService SCHOOL_SERVICE = new StubService();
    protected static final StubService PLACEMENT_SERVICE = new StubService();
    protected static final StubService PROVIDER_VIEW = new StubService();
    protected static final RSAKey SIGNING_KEY = generateKey();
    public static final Path SIGNING_KEY_FILE = write(SIGNING_KEY);

    /** A deliberately short list, so that a form offering exactly these shows they come from the service. */
    protected static final String SUBJECTS = """
            [{"code":"primary_with_mathematics","name":"Primary with mathematics","phase":"primary","parent":null},
             {"code":"primary_with_science","name":"Primary with science","phase":"primary","parent":null},
             {"code":"mathematics","name":"Mathematics","phase":"secondary","parent":null},
             {"code":"modern_languages","name":"Modern languages","phase":"secondary","parent":null},
             {"code":"french","name":"French","phase":"secondary","parent":"modern_languages"},
             {"code":"spanish","name":"Spanish","phase":"secondary","parent":"modern_languages"}]
            """;

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected DemoTokens tokens;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("placements.gateway.school-service-url", () -> SCHOOL_SERVICE.url().toString());
        properties.add("placements.gateway.placement-service-url", () -> PLACEMENT_SERVICE.url().toString());
        properties.add("placements.gateway.provider-view-service-url", () -> PROVIDER_VIEW.url().toString());
        properties.add("placements.gateway.demo-signing-key", () -> "file:" + SIGNING_KEY_FILE);
    }

    @BeforeEach
    void freshStubs() {
        SCHOOL_SERVICE.reset();
        PLACEMENT_SERVICE.reset();
        PROVIDER_VIEW.reset();
        PLACEMENT_SERVICE.on("GET", "/reference/subjects", StubService.json(200, SUBJECTS, "ETag", "\"subjects-1\"",
                "Cache-Control", "max-age=3600, private"));
    }

    protected RequestPostProcessor as(DemoUser user) {
        SignedInUser signedIn = tokens.signIn(user);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }


    protected MvcResult perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    protected MvcResult getAs(DemoUser user, String path) {
        return perform(get(path).with(as(user)));
    }

    protected MvcResult getAs(DemoUser user, String path, MockHttpSession session) {
        return perform(get(path).with(as(user)).session(session));
    }

    /** A form submission as a browser sends it: form-encoded, with the CSRF token. */
    protected MvcResult postAs(DemoUser user, String path, String... fields) {
        return perform(form(post(path), fields).with(as(user)).with(csrf()));
    }

    protected MvcResult postAs(DemoUser user, String path, MockHttpSession session, String... fields) {
        return perform(form(post(path), fields).with(as(user)).with(csrf()).session(session));
    }

    protected static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... fields) {
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    protected static Document html(MvcResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String school(String contactJson) {
        return "{\"placementContact\":" + contactJson + ",\"urn\":\"" + URN + "\",\"name\":\"Hillside Primary School\"}";
    }

    protected static void schoolWithContact(String firstName, String lastName, String email, long version) {
        SCHOOL_SERVICE.on("GET", "/schools/" + URN, StubService.json(200,
                school(contact(firstName, lastName, email)), "ETag", "\"" + version + "\""));
    }

    protected static void schoolWithoutContact() {
        SCHOOL_SERVICE.on("GET", "/schools/" + URN, StubService.json(200, school("null"), "ETag", "\"0\""));
    }

    protected static String contact(String firstName, String lastName, String email) {
        return "{\"firstName\":" + quoted(firstName) + ",\"lastName\":" + quoted(lastName) + ",\"email\":" + quoted(email) + "}";
    }

    protected static String placement(UUID id, String providerCode) {
        return """
                {"id":"%s","schoolUrn":"%s","status":"%s","providerCode":%s,"phase":"primary","subject":"primary_with_mathematics",
                 "additionalSubjects":[],"yearGroup":"year_3","mentors":[],"academicYear":"2025/26","terms":["autumn"]}
                """.formatted(id, URN, providerCode == null ? "available" : "assigned", quoted(providerCode));
    }

    protected static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(RSAKey key) {
        try {
            Path file = Files.createTempFile("gateway-test-signing-key", ".jwk");
            Files.writeString(file, key.toJSONString());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
