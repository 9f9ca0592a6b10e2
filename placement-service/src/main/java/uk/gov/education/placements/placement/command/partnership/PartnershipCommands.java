package uk.gov.education.placements.placement.command.partnership;

import java.util.concurrent.CompletableFuture;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

import uk.gov.education.placements.placement.command.Commands;
import uk.gov.education.placements.support.rule.CommandOutcomes;

/** Sends the Partnership's commands, turns Axon's failures into the domain's refusals, counts each by its outcome. */
@Service
public class PartnershipCommands {

    private final CommandGateway gateway;
    private final CommandOutcomes outcomes;

    public PartnershipCommands(CommandGateway gateway, CommandOutcomes outcomes) {
        this.gateway = gateway;
        this.outcomes = outcomes;
    }

    /** Two creates of the same new pair race in the event store; the loser finds the pair taken. */
    public CompletableFuture<Void> create(CreatePartnershipCommand command) {
        return outcomes.counted(command, Commands.translateFailure(gateway.<Object>send(command),
                failure -> failure instanceof ConcurrencyException ? new PartnershipExists(command.partnershipId()) : failure)
                .thenApply(result -> null));
    }

    public CompletableFuture<Void> end(EndPartnershipCommand command) {
        return outcomes.counted(command, Commands.translateFailure(gateway.<Object>send(command),
                failure -> failure instanceof AggregateNotFoundException ? new NoSuchPartnership(command.partnershipId()) : failure)
                .thenApply(result -> null));
    }
}
