package uk.gov.education.placements.gateway;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the three services are, how long to wait for them, and the sign-in stand-in's key and
 * demo organisations. Defaults are the local stack's (application.yml).
 */
@ConfigurationProperties("placements.gateway")
public record GatewayProperties(
        URI schoolServiceUrl,
        URI placementServiceUrl,
        URI providerViewServiceUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Resource demoSigningKey,
        String demoTokenIssuer,
        String demoTokenAudience,
        Duration demoTokenLifetime,
        String demoSchoolUrn,
        String demoProviderCode,
        String govukFrontendVersion) {
}
