package uk.gov.education.placements.school.command;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import uk.gov.education.placements.support.rule.CommandOutcomes;
import uk.gov.education.placements.support.rule.RuleViolation;

/**
 * Sends the School's commands and deals with optimistic concurrency, which the event store
 * enforces through its unique (aggregate id, sequence number) index. Within one instance Axon
 * locks the aggregate, so conflicts come from other instances writing the same school.
 *
 * <ul>
 *   <li>Onboarding a URN that has events already fails on the first sequence number: the school
 *       exists.</li>
 *   <li>A change without If-Match is last-write-wins: a conflict means someone else wrote first,
 *       so the command is run again on the new state, a bounded number of times.</li>
 *   <li>A change with If-Match that meets a conflict cannot succeed any more: the version it
 *       named is gone. It fails as a version mismatch, without a retry.</li>
 *   <li>A refusal is confirmed on the School read from its events, since the School may have come
 *       from this instance's cache, behind the other instance's changes ({@code send}).</li>
 * </ul>
 *
 * <p>Each command is counted by its outcome ({@link CommandOutcomes}), once, after its retries.
 */
@Service
public class SchoolCommands {

    static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(SchoolCommands.class);

    private final CommandGateway commandGateway;
    private final CommandOutcomes outcomes;

    public SchoolCommands(CommandGateway commandGateway, CommandOutcomes outcomes) {
        this.commandGateway = commandGateway;
        this.outcomes = outcomes;
    }

    public void onboard(OnboardSchoolCommand command) {
        outcomes.counted(command, () -> {
            try {
                return commandGateway.sendAndWait(command);
            } catch (AggregateStreamCreationException | ConcurrencyException e) {
                throw new SchoolAlreadyOnboarded(command.schoolUrn().value());
            }
        });
    }

    public VersionedContact add(AddPlacementContactCommand command) {
        return outcomes.counted(command, () -> withRetries(command.schoolUrn(), command.expectedVersion(),
                () -> send(command, command.schoolUrn())));
    }

    public VersionedContact change(ChangePlacementContactCommand command) {
        return outcomes.counted(command, () -> withRetries(command.schoolUrn(), command.expectedVersion(),
                () -> send(command, command.schoolUrn())));
    }

    /**
     * Axon's exceptions stop here: the web layer sees only the domain's refusals.
     *
     * <p>A refusal is decided twice. The School comes from this instance's cache ({@link SchoolCacheConfiguration}),
     * which does not see the other instance's changes: a stale School can refuse what the stored one
     * accepts (an If-Match naming the version the other instance wrote, a change to a contact the
     * other instance added). The refusal rolls the unit of work back, and Axon drops the cached
     * School with it, so the second attempt decides on the School read from its events; a refusal
     * then is the answer. (A stale School cannot accept wrongly: its append takes a sequence number
     * already stored and conflicts, below.) A real refusal costs one more load.
     */
    private <R> R send(Object command, SchoolUrn urn) {
        try {
            try {
                return commandGateway.sendAndWait(command);
            } catch (RuleViolation refusedOnTheCachedSchool) {
                return commandGateway.sendAndWait(command);
            }
        } catch (AggregateNotFoundException e) {
            throw new SchoolNotFound(urn.value());
        }
    }

    private static VersionedContact withRetries(SchoolUrn urn, ExpectedVersion expected, Supplier<VersionedContact> send) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return send.get();
            } catch (ConcurrencyException e) {
                if (expected.conditional()) {
                    throw new SchoolVersionMismatch();
                }
                log.info("School {} was changed concurrently by another instance (attempt {} of {})",
                        urn, attempt, MAX_ATTEMPTS);
                if (attempt < MAX_ATTEMPTS) {
                    backOff(attempt);
                }
            }
        }
        throw new ConcurrentChangeConflict();
    }

    /** A short random pause, so that instances that collided do not collide again in step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a command", e);
        }
    }
}
