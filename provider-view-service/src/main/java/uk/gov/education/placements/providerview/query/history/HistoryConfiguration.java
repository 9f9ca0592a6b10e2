package uk.gov.education.placements.providerview.query.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(HistoryProperties.class)
public class HistoryConfiguration {

    /** The key application.yml ships with, for a local stack only. */
    static final String LOCAL_ONLY_KEY = "local-only-pseudonym-key";

    private static final Logger log = LoggerFactory.getLogger(HistoryConfiguration.class);

    @Bean
    ContactRedactor contactRedactor(HistoryProperties properties) {
        if (LOCAL_ONLY_KEY.equals(properties.pseudonymKey())) {
            log.warn("placements.history.pseudonym-key is the local-only default: set a secret key "
                    + "(PLACEMENTS_HISTORY_PSEUDONYM_KEY) anywhere real contact data flows");
        }
        return new ContactRedactor(properties.pseudonymKey());
    }

    @Bean
    CloudEventLines cloudEventLines(ContactRedactor redactor) {
        return new CloudEventLines(redactor);
    }
}
