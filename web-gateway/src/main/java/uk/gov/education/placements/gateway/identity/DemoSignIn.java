package uk.gov.education.placements.gateway.identity;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The sign-in stand-in, plugged into Spring Security's form login so that session fixation
 * protection, the new CSRF token after sign-in and the return to the page first asked for all
 * come from Spring Security: the "username" is the demo user chosen, and there is no password.
 */
@Component
public class DemoSignIn implements AuthenticationProvider {

    private final DemoTokens tokens;

    public DemoSignIn(DemoTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        DemoUser user = DemoUser.byKey(String.valueOf(authentication.getPrincipal()))
                .orElseThrow(() -> new BadCredentialsException("Not a demo user"));
        SignedInUser signedIn = tokens.signIn(user);
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
