package uk.gov.education.placements.placement.readyourwrites;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param timeout    how long a request with {@code X-School-Version} waits for the projection to reach it
 * @param retryAfter what the 503 after a fruitless wait tells the client in {@code Retry-After}
 */
@ConfigurationProperties("placements.read-your-writes")
public record ReadYourWritesProperties(Duration timeout, Duration retryAfter) {

    public ReadYourWritesProperties {
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        retryAfter = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
    }
}
