package uk.gov.education.placements.support.consumer;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The consumer's settings, {@code placements.consumer.*}.
 *
 * @param topics the topics whose events the service projects, comma-separated in an environment
 *               variable ({@code PLACEMENTS_CONSUMER_TOPICS=school-events,placement-events})
 */
@ConfigurationProperties("placements.consumer")
public record ConsumerProperties(List<String> topics) {

    public ConsumerProperties {
        if (topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("Set placements.consumer.topics: the topics this service consumes");
        }
        topics = List.copyOf(topics);
    }
}
