package uk.gov.education.placements.providerview.query.history;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code placements.history.*}: the key of the email pseudonyms (set a secret one in every real
 * environment: whoever knows it can confirm a guessed address), and whether an analyst may ask
 * for the history without redaction ({@code redact=false}); off unless an environment allows it.
 */
@ConfigurationProperties("placements.history")
public record HistoryProperties(String pseudonymKey, boolean allowUnredacted) {
}
