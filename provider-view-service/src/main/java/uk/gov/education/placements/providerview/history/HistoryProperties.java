package uk.gov.education.placements.providerview.history;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code placements.history.*}: the key of the email pseudonyms (set a secret one in every real
 * environment: whoever knows it can confirm a guessed address). Who may read the history
 * unredacted is the caller's role, not configuration (support only; see the rest layer).
 */
@ConfigurationProperties("placements.history")
public record HistoryProperties(String pseudonymKey) {
}
