package uk.gov.education.placements.placement.readyourwrites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;

class SchoolVersionsTest {

    private final SchoolUrn school = anyUrn();
    private final InMemoryStates states = new InMemoryStates();
    private final SchoolVersions versions =
            new SchoolVersions(states, new ReadYourWritesProperties(Duration.ofMillis(600), null));

    @AfterEach
    void stop() {
        versions.destroy();
    }

    @Test
    void completesAtOnceWhenTheVersionIsAlreadyApplied() {
        states.set(school, 3);

        assertThat(versions.reached(school, 2)).isCompleted();
        assertThat(versions.reached(school, 3)).isCompleted();
        assertThat(versions.waitingFor(school)).isZero();
    }

    @Test
    void completesWhenTheProjectionAppliesTheVersion() {
        states.set(school, 0);
        CompletableFuture<Void> reached = versions.reached(school, 2);

        versions.advanced(school, 1);
        assertThat(reached).isNotDone();
        assertThat(versions.waitingFor(school)).isOne();

        versions.advanced(school, 2);
        assertThat(reached).isCompleted();
        assertThat(versions.waitingFor(school)).isZero();
    }

    @Test
    void anotherSchoolsVersionWakesNobody() {
        CompletableFuture<Void> reached = versions.reached(school, 0);

        versions.advanced(anyUrn(), 5);

        assertThat(reached).isNotDone();
    }

    @Test
    void failsWithSchoolVersionNotReachedAfterTheWait() {
        states.set(school, 1);
        long start = System.nanoTime();
        CompletableFuture<Void> reached = versions.reached(school, 2);

        await().atMost(Duration.ofSeconds(5)).until(reached::isDone);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(reached).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(SchoolVersionNotReached.class)
                .withMessageContaining("Version 2 of school " + school)
                .withMessageContaining("version 1");
        assertThat(versions.waitingFor(school)).isZero();
    }

    @Test
    void noticesAVersionAppliedByAnotherInstanceOfTheService() {
        CompletableFuture<Void> reached = versions.reached(school, 1);

        states.set(school, 1);

        await().atMost(Duration.ofMillis(500)).until(reached::isDone);
        assertThat(reached).isCompleted();
    }

    @Test
    void aFailingDatabaseEndsTheWaitWithItsFailure() {
        states.failing = true;

        CompletableFuture<Void> reached = versions.reached(school, 1);

        assertThat(reached).isCompletedExceptionally();
        assertThat(versions.waitingFor(school)).isZero();
    }

    /** The table as a map: the waiting logic is what is under test here, the SQL is in SchoolContactStateRepositoryIT. */
    private static final class InMemoryStates extends SchoolContactStateRepository {
        private final Map<SchoolUrn, Long> versions = new ConcurrentHashMap<>();
        private volatile boolean failing;

        InMemoryStates() {
            super(null);
        }

        void set(SchoolUrn school, long version) {
            versions.put(school, version);
        }

        @Override
        public long version(SchoolUrn school) {
            if (failing) {
                throw new IllegalStateException("database away");
            }
            return versions.getOrDefault(school, UNSEEN);
        }

        @Override
        public Map<String, Long> versions(Collection<String> schools) {
            Map<String, Long> found = new HashMap<>();
            versions.forEach((school, version) -> {
                if (schools.contains(school.value())) {
                    found.put(school.value(), version);
                }
            });
            return found;
        }
    }
}
