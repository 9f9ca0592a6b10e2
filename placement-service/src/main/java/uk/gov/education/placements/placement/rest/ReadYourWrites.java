package uk.gov.education.placements.placement.rest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolVersions;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

/**
 * {@code X-School-Version: n}: run the command only once the contact projection has applied
 * version n of the school (or fail with 503 after the bounded wait). Without the header the
 * command runs at once against whatever the projection knows.
 */
@Component
class ReadYourWrites {

    static final String HEADER = "X-School-Version";

    // The school version as a number, or as the ETag school-service sent it ("3", W/"3").
    private static final Pattern VERSION = Pattern.compile("(?:W/)?(\"?)([0-9]{1,18})\\1");

    private final SchoolVersions versions;
    private final Executor executor;

    ReadYourWrites(SchoolVersions versions, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.versions = versions;
        this.executor = executor;
    }

    <T> CompletableFuture<T> then(SchoolUrn school, String header, Supplier<CompletableFuture<T>> command) {
        if (header == null) {
            return command.get();
        }
        long version = parse(header);
        // Async: the wait may end on the Kafka listener's thread, which must go back to consuming.
        // The command runs with this request's caller, so that its events record who issued it.
        Executor asCaller = new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
        return versions.reached(school, version).thenComposeAsync(reached -> command.get(), asCaller);
    }

    static long parse(String header) {
        Matcher matcher = VERSION.matcher(header.trim());
        if (!matcher.matches()) {
            throw new ProblemException(Problems.badRequest(
                    HEADER + " must be a school version (the ETag school-service returned), like 3"));
        }
        return Long.parseLong(matcher.group(2));
    }
}
