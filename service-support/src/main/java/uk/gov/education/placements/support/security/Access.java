package uk.gov.education.placements.support.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

/** The caller of the current request, and the one way a service refuses an action to them. */
public final class Access {

    public static final String FORBIDDEN_MESSAGE = "You cannot perform this action";

    private Access() {
    }

    public static Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Caller.from(token.getToken());
        }
        throw new IllegalStateException("No authenticated caller: the security filter chain should have refused this request");
    }

    /** Refuses with 403 "You cannot perform this action" unless {@code allowed}. */
    public static void require(boolean allowed) {
        if (!allowed) {
            throw new ProblemException(forbidden());
        }
    }

    public static ProblemDetail forbidden() {
        return Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", FORBIDDEN_MESSAGE);
    }

    public static ProblemDetail unauthorized() {
        return Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                "Sign in: this request needs a valid bearer token");
    }
}
