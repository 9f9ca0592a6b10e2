package uk.gov.education.placements.providerview.projection.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code placements.replay.*}.
 *
 * @param batchSize how many history events a replay reads and applies in one transaction (2000)
 */
@ConfigurationProperties("placements.replay")
public record ReplayProperties(@DefaultValue("2000") int batchSize) {

    public ReplayProperties {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("placements.replay.batch-size must be positive");
        }
    }
}
