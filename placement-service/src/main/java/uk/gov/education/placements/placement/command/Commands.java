package uk.gov.education.placements.placement.command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/** What PlacementCommands and PartnershipCommands share: Axon's failures as the domain's refusals. */
public final class Commands {

    private Commands() {
    }

    /** The failure a future completed with, without the wrappers it gathered on the way. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Replaces a failure by what {@code translate} makes of it (itself, when it has nothing better). */
    public static <T> CompletableFuture<T> translateFailure(CompletableFuture<T> future,
                                                            Function<Throwable, Throwable> translate) {
        return future.handle((value, failure) -> failure == null
                        ? CompletableFuture.completedFuture(value)
                        : CompletableFuture.<T>failedFuture(translate.apply(unwrap(failure))))
                .thenCompose(Function.identity());
    }
}
