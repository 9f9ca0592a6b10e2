package uk.gov.education.placements.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Spring Boot's {@link JwtDecoder} behind a bounded cache of the tokens it has accepted, so that a
 * gateway's token, sent with every request of a user's session, has its signature checked once,
 * not on every request.
 *
 * <p>Why it is safe: only a token that passed every check (signature, issuer, audience, subject,
 * expiry) is kept; it is kept under the SHA-256 of its text, so a token that differs in one
 * character is another token, checked afresh; and it is dropped at its own {@code exp} (every
 * accepted token has one) or after {@link #MAX_AGE}, whichever comes first, so a cached token is
 * never accepted after it expires (stricter than the decoder's 60 s of clock skew). A refused token
 * is never kept: it is refused again, checked again, every time. What the cache changes: a token
 * signed by a key that the identity provider has since withdrawn from its key set stays accepted
 * until it expires or for {@link #MAX_AGE}, where the decoder alone would refuse it after its key
 * set refresh (5 minutes); tokens here cannot be revoked in any other way either.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAXIMUM_SIZE = 10_000;
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> accepted;

    VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_SIZE)
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfter(Expiry.creating((String key, Jwt jwt) -> lifetime(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        String key = sha256(token);
        // Caffeine never returns an entry past its expiry (checked on read, against the same clock).
        Jwt jwt = accepted.getIfPresent(key);
        if (jwt != null) {
            return jwt;
        }
        Jwt verified = decoder.decode(token);
        if (verified.getExpiresAt() != null) {
            accepted.put(key, verified);
        }
        return verified;
    }

    private Duration lifetime(Jwt jwt) {
        Duration untilExpiry = Duration.between(clock.instant(), jwt.getExpiresAt());
        return untilExpiry.compareTo(MAX_AGE) < 0 ? untilExpiry : MAX_AGE;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** For tests: how many accepted tokens are kept now. */
    long size() {
        accepted.cleanUp();
        return accepted.estimatedSize();
    }
}
