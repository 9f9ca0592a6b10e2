package uk.gov.education.placements.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final List<String> checked = new ArrayList<>();

    /** Accepts "token-<minutes until exp>"; refuses anything else. Records every token it checks. */
    private final JwtDecoder decoder = token -> {
        checked.add(token);
        if (!token.startsWith("token-")) {
            throw new BadJwtException("refused");
        }
        Instant expiresAt = START.plus(Duration.ofMinutes(Long.parseLong(token.substring("token-".length()))));
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("user").issuedAt(START).expiresAt(expiresAt).build();
    };

    private final VerifiedTokens tokens = new VerifiedTokens(decoder, clock);

    @Test
    void aTokenAcceptedOnceIsNotCheckedAgainWhileItIsValid() {
        Jwt first = tokens.decode("token-30");
        Jwt again = tokens.decode("token-30");

        assertThat(again).isSameAs(first);
        assertThat(checked).containsExactly("token-30");
    }

    @Test
    void aRefusedTokenIsCheckedAndRefusedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(checked).containsExactly("forged", "forged");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aCachedTokenIsDroppedAtItsExpiryAndThenCheckedAgain() {
        tokens.decode("token-2");
        clock.advance(Duration.ofMinutes(2));

        tokens.decode("token-2");

        assertThat(checked).as("checked again at its exp, when the decoder refuses it").containsExactly("token-2", "token-2");
    }

    @Test
    void noTokenIsKeptForLongerThanTheMaximumAge() {
        tokens.decode("token-60");
        clock.advance(VerifiedTokens.MAX_AGE.plusSeconds(1));

        tokens.decode("token-60");

        assertThat(checked).containsExactly("token-60", "token-60");
    }

    @Test
    void anotherTokenIsAnotherEntry() {
        tokens.decode("token-30");
        tokens.decode("token-31");

        assertThat(checked).containsExactly("token-30", "token-31");
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < VerifiedTokens.MAXIMUM_SIZE + 500; i++) {
            tokens.decode("token-" + (100_000 + i));
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAXIMUM_SIZE);
    }

    private static final class MovingClock extends Clock {

        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
