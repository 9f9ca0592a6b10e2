package uk.gov.education.placements.placement.readyourwrites;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.readyourwrites.SchoolVersions;

/**
 * {@code X-School-Version: n}: run the command only once the contact projection has applied
 * version n of the school (or fail with 503 after the bounded wait). Without the header the
 * command runs at once against whatever the projection knows.
 */
@Component
public class ReadYourWrites {

    static final String WAITS = "placements.read.your.writes.waits";
    static final String TIMEOUTS = "placements.read.your.writes.timeouts";

    private final SchoolVersions versions;
    private final Executor executor;
    private final MeterRegistry meters;
    private final Counter timeouts;

    ReadYourWrites(SchoolVersions versions, @Qualifier("applicationTaskExecutor") Executor executor, MeterRegistry meters) {
        this.versions = versions;
        this.executor = executor;
        this.meters = meters;
        this.timeouts = Counter.builder(TIMEOUTS)
                .description("Requests answered 503 because the school version they named did not arrive in time")
                .register(meters);
    }

    /** @param version the {@code X-School-Version} the gateway sent (parsed by RequestHeaders), null without one */
    public <T> CompletableFuture<T> then(SchoolUrn school, Long version, Supplier<CompletableFuture<T>> command) {
        if (version == null) {
            return command.get();
        }
        // Async: the wait may end on the Kafka listener's thread, which must go back to consuming.
        // The command runs with this request's caller, so that its events record who issued it.
        Executor asCaller = new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
        return timed(versions.reached(school, version)).thenComposeAsync(reached -> command.get(), asCaller);
    }

    /** How long each wait took, by how it ended; a wait that ran out is counted as a timeout too. */
    private CompletableFuture<Void> timed(CompletableFuture<Void> wait) {
        Timer.Sample sample = Timer.start(meters);
        return wait.whenComplete((reached, failure) -> {
            String outcome = failure == null ? "reached" : failure instanceof SchoolVersionNotReached ? "timeout" : "failed";
            sample.stop(Timer.builder(WAITS).description("Waits for the school version a request named")
                    .tag("outcome", outcome).register(meters));
            if (failure instanceof SchoolVersionNotReached) {
                timeouts.increment();
            }
        });
    }
}
