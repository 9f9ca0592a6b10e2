package uk.gov.education.placements.support.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The page behind every problem {@code type}: {@code https://manage-school-placements.education.gov.uk/problems/<slug>}
 * names this path, {@code GET /problems/<slug>}, so a developer who meets a problem can read what
 * it means and what to do. The explanations are {@code problem-types.properties} on the classpath
 * (service-support's shared ones and each service's own: {@code <slug>.title}, {@code <slug>.status},
 * {@code <slug>.explanation}); a slug made from an HTTP status's reason phrase (Spring's and
 * Tomcat's own refusals, such as {@code method-not-allowed}) gets that status's page. Open without a
 * token, like the OpenAPI document: it holds no data.
 */
@RestController
public class ProblemPagesController {

    static final String CATALOGUE = "classpath*:problem-types.properties";

    private final Map<String, ProblemType> types;

    public ProblemPagesController() {
        this.types = load();
    }

    public record ProblemType(String slug, String title, String status, String explanation) {
    }

    /** Every problem type this service explains, by slug (the HTTP status ones aside). */
    public Map<String, ProblemType> types() {
        return types;
    }

    /** The page for a slug, if this service has one: its own, or an HTTP status's. */
    public java.util.Optional<ProblemType> find(String slug) {
        ProblemType type = types.get(slug);
        if (type != null) {
            return java.util.Optional.of(type);
        }
        for (HttpStatus status : HttpStatus.values()) {
            if (status.isError() && Problems.slugOf(status.getReasonPhrase()).equals(slug)) {
                return java.util.Optional.of(new ProblemType(slug, status.getReasonPhrase(), String.valueOf(status.value()),
                        "The HTTP status " + status.value() + " " + status.getReasonPhrase() + ", answered by the web server "
                                + "or the framework before the service's own code: the request's method, path, media types "
                                + "or form are not ones this service accepts. The detail says which; the OpenAPI document "
                                + "(/v3/api-docs, Swagger UI at /swagger-ui.html) lists what it accepts."));
            }
        }
        return java.util.Optional.empty();
    }

    @GetMapping(path = "/problems/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable("slug") String slug) {
        return find(slug)
                .map(type -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                        .body(html(type.title(), "<p>HTTP status: " + HtmlUtils.htmlEscape(type.status()) + "</p>"
                                + "<p>Problem type: <code>" + HtmlUtils.htmlEscape(Problems.TYPE_BASE + slug) + "</code></p>"
                                + "<p>" + HtmlUtils.htmlEscape(type.explanation()) + "</p>")))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                        .body(html("Not a problem type of this service",
                                "<p>No problem type is called <code>" + HtmlUtils.htmlEscape(slug) + "</code>.</p>")));
    }

    private static String html(String title, String body) {
        String escaped = HtmlUtils.htmlEscape(title);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escaped
                + " - Manage school placements</title></head>\n<body><h1>" + escaped + "</h1>\n" + body
                + "\n<p><a href=\"/swagger-ui.html\">The API's documentation</a></p></body></html>\n";
    }

    private static Map<String, ProblemType> load() {
        Map<String, ProblemType> loaded = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(CATALOGUE)) {
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String name : properties.stringPropertyNames()) {
                    if (name.endsWith(".title")) {
                        String slug = name.substring(0, name.length() - ".title".length());
                        loaded.put(slug, new ProblemType(slug, properties.getProperty(name),
                                required(properties, slug + ".status", resource),
                                required(properties, slug + ".explanation", resource)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the problem types", e);
        }
        return Collections.unmodifiableMap(loaded);
    }

    private static String required(Properties properties, String name, Resource resource) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(resource + " has no " + name);
        }
        return value;
    }
}
