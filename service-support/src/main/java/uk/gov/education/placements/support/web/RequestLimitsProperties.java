package uk.gov.education.placements.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what a request may carry, {@code placements.web.*}.
 *
 * @param maxRequestBytes the largest body read (64 KiB by default); a larger one is 400 before
 *                        anything parses it
 */
@ConfigurationProperties("placements.web")
public record RequestLimitsProperties(@DefaultValue("65536") long maxRequestBytes) {

    public RequestLimitsProperties {
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("placements.web.max-request-bytes must be positive");
        }
    }
}
