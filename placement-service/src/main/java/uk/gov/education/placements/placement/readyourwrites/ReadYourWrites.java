package uk.gov.education.placements.placement.readyourwrites;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.readyourwrites.SchoolVersions;

/**
 * {@code X-School-Version: n}: run the command only once the contact projection has applied
 * version n of the school (or fail with 503 after the bounded wait). Without the header the
 * command runs at once against whatever the projection knows.
 */
@Component
public class ReadYourWrites {

    private final SchoolVersions versions;
    private final Executor executor;

    ReadYourWrites(SchoolVersions versions, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.versions = versions;
        this.executor = executor;
    }

    /** @param version the {@code X-School-Version} the gateway sent (parsed by RequestHeaders), null without one */
    public <T> CompletableFuture<T> then(SchoolUrn school, Long version, Supplier<CompletableFuture<T>> command) {
        if (version == null) {
            return command.get();
        }
        // Async: the wait may end on the Kafka listener's thread, which must go back to consuming.
        // The command runs with this request's caller, so that its events record who issued it.
        Executor asCaller = new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
        return versions.reached(school, version).thenComposeAsync(reached -> command.get(), asCaller);
    }
}
