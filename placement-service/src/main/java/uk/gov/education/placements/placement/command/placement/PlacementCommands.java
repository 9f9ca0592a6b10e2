package uk.gov.education.placements.placement.command.placement;

import java.util.concurrent.CompletableFuture;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

import uk.gov.education.placements.placement.command.Commands;
import uk.gov.education.placements.placement.command.ConcurrentChange;
import uk.gov.education.placements.support.rule.CommandOutcomes;

/**
 * Sends the Placement's commands (as school-service's SchoolCommands sends the School's) and
 * turns Axon's failures into the domain's refusals, so the web layer maps HTTP only; each command
 * is counted by its outcome ({@link CommandOutcomes}).
 */
@Service
public class PlacementCommands {

    private final CommandGateway gateway;
    private final CommandOutcomes outcomes;

    public PlacementCommands(CommandGateway gateway, CommandOutcomes outcomes) {
        this.gateway = gateway;
        this.outcomes = outcomes;
    }

    /**
     * Two identical creates racing for a new id: the loser's events collide with the winner's in
     * the event store. Sent once more, it finds the placement and is answered like any repeat. The
     * id of a deleted placement stays used: it names that placement in the history.
     */
    public CompletableFuture<CreationOutcome> create(CreatePlacementCommand command) {
        CompletableFuture<CreationOutcome> sent = gateway.<CreationOutcome>send(command)
                .exceptionallyCompose(failure -> Commands.unwrap(failure) instanceof ConcurrencyException
                        ? gateway.<CreationOutcome>send(command)
                        : CompletableFuture.failedFuture(failure));
        return outcomes.counted(command, Commands.translateFailure(sent, failure -> failure instanceof AggregateDeletedException
                ? new PlacementIdTaken(command.placementId())
                : translate(failure, command.placementId())));
    }

    public CompletableFuture<Void> edit(EditPlacementCommand command) {
        return send(command, command.placementId());
    }

    public CompletableFuture<Void> assign(AssignProviderCommand command) {
        return send(command, command.placementId());
    }

    public CompletableFuture<Void> unassign(UnassignProviderCommand command) {
        return send(command, command.placementId());
    }

    public CompletableFuture<Void> delete(DeletePlacementCommand command) {
        return send(command, command.placementId());
    }

    private CompletableFuture<Void> send(Object command, PlacementId placement) {
        return outcomes.counted(command, Commands.translateFailure(gateway.<Object>send(command),
                failure -> translate(failure, placement)).thenApply(result -> null));
    }

    private static Throwable translate(Throwable failure, PlacementId placement) {
        if (failure instanceof AggregateNotFoundException) {
            return new PlacementNotFound(placement);
        }
        return failure instanceof ConcurrencyException ? new ConcurrentChange() : failure;
    }
}
