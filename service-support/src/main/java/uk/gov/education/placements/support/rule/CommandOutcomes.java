package uk.gov.education.placements.support.rule;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts every command a service's command layer sends by how it ended, once, after the layer has
 * made Axon's failures the domain's (a retried conflict counts as the one outcome the caller saw):
 * {@code placements.commands{command, outcome, reason}}.
 *
 * <ul>
 * <li>{@code accepted}: it was applied;</li>
 * <li>{@code refused}: a named rule refused it ({@link RuleViolation}), {@code reason} its slug;</li>
 * <li>{@code conflict}: another writer came first (a concurrent append, a stale If-Match), {@code reason} its slug;</li>
 * <li>{@code failed}: anything else (the database away, a bug), {@code reason} the exception's class.</li>
 * </ul>
 */
public class CommandOutcomes {

    public static final String COMMANDS = "placements.commands";

    private final MeterRegistry registry;

    public CommandOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs a command the caller waits for, and counts how it ended. */
    public <T> T counted(Object command, Supplier<T> send) {
        try {
            T result = send.get();
            count(command, null);
            return result;
        } catch (RuntimeException e) {
            count(command, e);
            throw e;
        }
    }

    /** Counts how the command's future ends; the future returned is the one given. */
    public <T> CompletableFuture<T> counted(Object command, CompletableFuture<T> sent) {
        sent.whenComplete((result, failure) -> count(command, failure));
        return sent;
    }

    private void count(Object command, Throwable failure) {
        Throwable cause = unwrap(failure);
        String outcome;
        String reason;
        if (cause == null) {
            outcome = "accepted";
            reason = "none";
        } else if (cause instanceof RuleViolation violation) {
            outcome = isConflict(violation) ? "conflict" : "refused";
            reason = violation.slug();
        } else {
            outcome = "failed";
            reason = cause.getClass().getSimpleName();
        }
        registry.counter(COMMANDS, "command", command.getClass().getSimpleName(), "outcome", outcome, "reason", reason)
                .increment();
    }

    /** Every service names a lost concurrent append "concurrent-change"; a stale If-Match is the other kind. */
    private static boolean isConflict(RuleViolation violation) {
        return violation.kind() == RuleViolation.Kind.STALE || "concurrent-change".equals(violation.slug());
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
