package uk.gov.education.placements.support.security;

import java.io.IOException;
import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.http.HttpStatus;
import uk.gov.education.placements.support.web.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Every service is an OAuth2 resource server, closed by default: only health and its probes, and the
 * public contract ({@link #OPEN_DOCUMENTATION}: the OpenAPI document, Swagger UI, the problem pages), are
 * open; {@code /actuator/prometheus} needs a token with role {@code monitoring} or {@code support}.
 * Tokens must be signed by the configured key (a JWK set URI in production, a PEM public
 * key locally), by the configured issuer, for the configured audience, and not expired; Nimbus
 * never accepts {@code alg: none}. Refusals are problem details like every other error.
 *
 * <p>Settings: {@code placements.security.issuer} ({@link ResourceServerProperties}), and Spring
 * Boot's {@code spring.security.oauth2.resourceserver.jwt.audiences} with one of its
 * {@code jwk-set-uri} or {@code public-key-location}; the decoder is Boot's.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ResourceServerProperties.class, OAuth2ResourceServerProperties.class})
public class ResourceServerAutoConfiguration {

    /** Open without a token: they describe the contract and hold no data (README, "OpenAPI"). */
    public static final String[] OPEN_DOCUMENTATION = {
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/problems/**"};

    @Bean
    SecurityFilterChain closedByDefault(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Metrics name no person, but they tell how busy each school is: scrapers and support only.
                        .requestMatchers("/actuator/prometheus").access((authentication, context) ->
                                new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken token
                                        && Caller.from(token.getToken()).mayReadMetrics()))
                        .requestMatchers("/error").permitAll()
                        // The public contract (OpenAPI document, Swagger UI, the problem types' pages):
                        // no data in them, and a developer must be able to read them before holding a token.
                        .requestMatchers(OPEN_DOCUMENTATION).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(bearerChallenge(objectMapper))
                        .accessDeniedHandler((request, response, e) ->
                                write(response, objectMapper, Access.forbidden())))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(bearerChallenge(objectMapper))
                        .accessDeniedHandler((request, response, e) ->
                                write(response, objectMapper, Access.forbidden())))
                .build();
    }

    /**
     * Spring Security's own bearer-token entry point decides the status and the RFC 6750 challenge
     * ({@code Bearer} without a token; {@code Bearer error="invalid_token", error_description=...}
     * for a token it refused; 400 {@code invalid_request} for a token sent twice over); the body
     * is then the problem detail every other refusal has.
     */
    private static AuthenticationEntryPoint bearerChallenge(ObjectMapper objectMapper) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            bearer.commence(request, response, e);
            write(response, objectMapper, response.getStatus() == HttpStatus.UNAUTHORIZED.value() ? Access.unauthorized()
                    : Problems.problem(HttpStatus.valueOf(response.getStatus()), "invalid-request", "Invalid request",
                            "The request's Authorization header is not one bearer token"));
        };
    }

    /**
     * Spring Security's firewall refuses a request with an encoded slash, a path that is not
     * normalised, a character that is not allowed: a 400 problem detail like every other refusal
     * (its default rethrows, which the container answers with a 500).
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper objectMapper) {
        return (request, response, e) -> write(response, objectMapper, Problems.problem(HttpStatus.BAD_REQUEST,
                "invalid-request", "Invalid request", "The request holds a character or a form that is not allowed"));
    }

    /**
     * Spring Security's own firewall and its own header rules (Spring Security takes the bean in
     * place of its default), each behind a fast path for printable ASCII that gives the same answers
     * ({@link PrintableAsciiFirst}).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(PrintableAsciiFirst.before(StrictHttpFirewall.ALLOWED_HEADER_NAMES));
        firewall.setAllowedHeaderValues(PrintableAsciiFirst.before(StrictHttpFirewall.ALLOWED_HEADER_VALUES));
        return firewall;
    }

    /** Boot's decoder, whichever it builds, behind the cache of tokens it has accepted ({@link VerifiedTokens}). */
    @Bean
    static BeanPostProcessor verifiedTokensCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Clock.systemUTC()) : bean;
            }
        };
    }

    /**
     * The decoder is Spring Boot's, from its resource-server settings: the signature by the
     * configured key (a JWK set URI in production, a PEM public key locally), {@code exp} and
     * {@code nbf}, and the audience ({@code spring.security.oauth2.resourceserver.jwt.audiences}).
     * Boot adds every {@code OAuth2TokenValidator<Jwt>} bean to those checks; this one is the rest.
     */
    @Bean
    OAuth2TokenValidator<Jwt> placementsTokenRules(ResourceServerProperties settings, OAuth2ResourceServerProperties boot) {
        ResourceServerProperties.requireKeyAndAudience(boot.getJwt());
        return new DelegatingOAuth2TokenValidator<>(
                new JwtIssuerValidator(settings.issuer()),
                // Every command records who issued it: a token that names nobody is no token.
                new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank()),
                // The default validator checks exp only when a token has one: a token must expire.
                new JwtClaimValidator<Object>("exp", exp -> exp != null));
    }

    private static void write(HttpServletResponse response, ObjectMapper objectMapper, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
