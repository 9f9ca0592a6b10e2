package uk.gov.education.placements.gateway.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, from Spring Security's context (kept in the session). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    public static SignedInUser get() {
        return find().orElseThrow(() -> new IllegalStateException("Nobody is signed in: the security filter chain should have sent them to sign in"));
    }
}
