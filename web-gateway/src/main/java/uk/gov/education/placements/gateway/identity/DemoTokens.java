package uk.gov.education.placements.gateway.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import uk.gov.education.placements.gateway.GatewayProperties;

/**
 * Signs the demo users' bearer tokens with the local stack's identity key, exactly as its
 * stand-in identity provider does ({@code TokenIssuer}: RS256, issuer, audience, subject, and
 * the {@code schools}, {@code providers} and {@code role} claims the services read). This is
 * the one part of the gateway a real identity provider replaces (see the README).
 */
@Component
public class DemoTokens {

    private final GatewayProperties properties;
    private final Clock clock;
    private final RSAKey key;

    public DemoTokens(GatewayProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.key = readKey(properties);
    }

    public SignedInUser signIn(DemoUser user) {
        JWTClaimsSet.Builder claims = claims(user.userId());
        return switch (user) {
            case SCHOOL_USER -> {
                String urn = properties.demoSchoolUrn();
                yield new SignedInUser(user.userId(), "School user of school " + urn, List.of(urn), List.of(), false,
                        sign(claims.claim("schools", List.of(urn)).build()));
            }
            case PROVIDER_USER -> {
                String code = properties.demoProviderCode();
                yield new SignedInUser(user.userId(), "Provider user of provider " + code, List.of(), List.of(code), false,
                        sign(claims.claim("providers", List.of(code)).build()));
            }
            case SUPPORT_USER -> new SignedInUser(user.userId(), "Support user", List.of(), List.of(), true,
                    sign(claims.claim("role", "support").build()));
        };
    }

    private JWTClaimsSet.Builder claims(String userId) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(properties.demoTokenIssuer())
                .audience(properties.demoTokenAudience())
                .subject(userId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.demoTokenLifetime())))
                .jwtID(UUID.randomUUID().toString());
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a demo token", e);
        }
    }

    /** Read at start, so a gateway without the key fails at once rather than at the first sign-in. */
    private static RSAKey readKey(GatewayProperties properties) {
        try (InputStream in = properties.demoSigningKey().getInputStream()) {
            RSAKey key = RSAKey.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException("The demo signing key at " + properties.demoSigningKey()
                        + " has no private part");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("No demo signing key at " + properties.demoSigningKey()
                    + ": start the local stack once (./run-local-stack --identity-only) or set PLACEMENTS_GATEWAY_DEMO_SIGNING_KEY", e);
        } catch (ParseException e) {
            throw new IllegalStateException("Not a JWK: " + properties.demoSigningKey(), e);
        }
    }
}
