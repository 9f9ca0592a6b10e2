package uk.gov.education.placements.support.rule;

import java.util.Map;

/**
 * A command refused by one of the domain's named rules. It carries everything a client is told:
 * what kind of refusal it is, the problem type's slug and title (part of the contract), the
 * user-facing wording (the message) and any data the client needs to act on it. The web layer
 * maps every violation the same way, by this data (service-support's {@code ProblemDetailsAdvice}),
 * so a new rule needs no handler of its own.
 */
public abstract class RuleViolation extends RuntimeException {

    /** How a refusal reads over HTTP: 409, 404, 412, or 400 for details that break a value rule. */
    public enum Kind { CONFLICT, NOT_FOUND, STALE, INVALID }

    private final Kind kind;
    private final String slug;
    private final String title;

    protected RuleViolation(Kind kind, String slug, String title, String message) {
        this(kind, slug, title, message, null);
    }

    protected RuleViolation(Kind kind, String slug, String title, String message, Throwable cause) {
        // No stack trace: a refusal is an answer, not a fault, and commands are refused often.
        super(message, cause, false, false);
        this.kind = kind;
        this.slug = slug;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Members the problem detail carries besides type, title, status and detail. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
