package uk.gov.education.placements.providerview.rest;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import jakarta.servlet.http.HttpServletRequest;

import uk.gov.education.placements.providerview.query.ProviderCode;
import uk.gov.education.placements.support.security.Access;
import uk.gov.education.placements.support.security.Caller;

/**
 * Who may read what in provider-view-service, one named rule per kind of request (issue 6).
 * Provider users and support read the provider view; analysts and support read the history and
 * run replays; contacts' personal data in the history is for support alone. School users, and
 * users with neither role nor provider, have nothing to do here.
 *
 * <p>Controllers apply a rule before they validate or look up anything the request names, so a
 * caller who may not read here learns nothing from the answer: 403, never 400 or 404.
 */
final class ProviderViewAccess {

    private static final String PROVIDERS_CLAIM = "providers";

    private ProviderViewAccess() {
    }

    /** Placements and schools as providers see them: provider users and support. */
    static Caller readingTheProviderView() {
        Caller caller = Access.caller();
        Access.require(caller.isSupport() || caller.isProviderUser());
        return caller;
    }

    /** The history, as-of answers and replays: analysts and support. */
    static Caller analysingTheHistory() {
        Caller caller = Access.caller();
        Access.require(caller.isSupport() || caller.isAnalyst());
        return caller;
    }

    /** The history with contacts' names and email addresses as entered: support only, and audited. */
    static void readingPersonalData(Caller caller) {
        Access.require(caller.isSupport());
    }

    /**
     * A provider user speaks only for their own providers: each of the named query parameters, as
     * written (before it is validated), must be one of the token's provider codes. Support may name any.
     * A blank value names no provider and is left to the parameter's validation (400).
     */
    static void namingOnlyTheirOwnProviders(Caller caller, HttpServletRequest request, String... parameters) {
        if (caller.isSupport()) {
            return;
        }
        for (String parameter : parameters) {
            String[] given = request.getParameterValues(parameter);
            if (given == null) {
                continue;
            }
            for (String value : given) {
                String code = value.trim();
                if (!code.isEmpty()) {
                    Access.require(caller.actsForProvider(code));
                }
            }
        }
    }

    /**
     * The provider "assigned to you" means: the code the request gives (already checked by
     * {@link #namingOnlyTheirOwnProviders}), else for a provider user the first provider code of
     * their token. Support without a code is nobody's provider.
     */
    static ProviderCode assignedToYouMeans(Caller caller, ProviderCode given) {
        if (given != null || caller.isSupport()) {
            return given;
        }
        return tokenProviderCodesInOrder().stream()
                .filter(code -> ProviderCode.isValid(code) && caller.providers().contains(code))
                .findFirst()
                .map(ProviderCode::new)
                .orElse(null);
    }

    /**
     * The token's provider codes in the order the identity provider wrote them. {@link Caller}
     * keeps them as a set, whose iteration order is not the token's (and differs between JVM
     * runs), so "the first code" is read from the token itself.
     */
    private static List<String> tokenProviderCodesInOrder() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return List.of();
        }
        Object claim = token.getToken().getClaim(PROVIDERS_CLAIM);
        if (claim instanceof Collection<?> codes) {
            return codes.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
