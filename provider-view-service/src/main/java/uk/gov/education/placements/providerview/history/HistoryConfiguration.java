package uk.gov.education.placements.providerview.history;

import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(HistoryProperties.class)
public class HistoryConfiguration {

    /** Keys that were ever shipped as examples: whoever read this repository knows them. */
    static final Set<String> PLACEHOLDER_KEYS = Set.of("local-only-pseudonym-key", "compose-only-pseudonym-key");

    /**
     * Refuses to start without a key of its own: with a known key, anyone could confirm a guessed
     * address against the pseudonyms analysts read. The local stack makes a random one per data
     * folder; every other environment sets its secret.
     */
    @Bean
    ContactRedactor contactRedactor(HistoryProperties properties) {
        String key = properties.pseudonymKey();
        if (key == null || key.isBlank() || PLACEHOLDER_KEYS.contains(key.strip())) {
            throw new IllegalStateException("Set placements.history.pseudonym-key (PLACEMENTS_HISTORY_PSEUDONYM_KEY) "
                    + "to a secret key of this environment's own: " + (key == null || key.isBlank()
                    ? "it is not set" : "\"" + key + "\" is a published example"));
        }
        return new ContactRedactor(key);
    }

    @Bean
    CloudEventLines cloudEventLines(ContactRedactor redactor) {
        return new CloudEventLines(redactor);
    }
}
