package uk.gov.education.placements.support.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details in the one shape every service answers with. The {@code type} is a
 * stable URI ending in a slug (for example {@code placement-contact-required}) that gateways can
 * match on; {@code detail} carries the user-facing message.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://manage-school-placements.education.gov.uk/problems/";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    /**
     * The slug of a problem named by an HTTP reason phrase ("Method Not Allowed" is
     * {@code method-not-allowed}): Spring's and Tomcat's own problems get their type from it, and
     * {@code /problems/{slug}} finds their page by it.
     */
    public static String slugOf(String reasonPhrase) {
        return reasonPhrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** 400 with one entry per invalid field; the detail repeats the first message for simple clients. */
    public static ProblemDetail validation(List<FieldMessage> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation problem needs at least one error");
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-error",
                "Your request has errors", errors.get(0).message());
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    /** The request's path as the problem's {@code instance}, when it is a URI at all. */
    public static void setInstance(ProblemDetail problem, String requestUri) {
        try {
            problem.setInstance(URI.create(requestUri));
        } catch (IllegalArgumentException notAUri) {
            // A path Tomcat let through but java.net.URI refuses: the problem needs no instance.
        }
    }

    public static ProblemDetail badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail);
    }
}
