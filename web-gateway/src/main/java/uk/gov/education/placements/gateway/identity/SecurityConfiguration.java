package uk.gov.education.placements.gateway.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every page but sign-in, the GOV.UK assets, health and the error page needs a signed-in user;
 * anyone else is sent to sign in. Spring Security's defaults stay on: CSRF tokens on every
 * state-changing request (Thymeleaf writes them into every {@code th:action} form), a new
 * session at sign-in, and its security headers, with a content security policy that allows
 * only the gateway's own scripts, styles, fonts and images.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, DemoSignIn demoSignIn) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/sign-in", "/assets/**", "/govuk-frontend/**", "/js/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(demoSignIn)
                .formLogin(login -> login
                        .loginPage("/sign-in")
                        .usernameParameter("user")
                        .failureUrl("/sign-in?error=true")
                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out=true"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
