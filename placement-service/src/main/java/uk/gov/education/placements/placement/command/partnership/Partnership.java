package uk.gov.education.placements.placement.command.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import uk.gov.education.placements.events.PartnershipCreated;
import uk.gov.education.placements.events.PartnershipEnded;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;

/**
 * A school-provider pair. One aggregate per pair, identified by {@code <urn>:<providerCode>}: its
 * event stream is the one place where the pair's state changes, so two concurrent creates of the
 * same pair cannot both succeed (the second loses on the event store's unique sequence number)
 * without any set-wide lock. An ended partnership can be created again.
 */
@Aggregate
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private boolean active;

    protected Partnership() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreatePartnershipCommand command) {
        if (active) {
            throw new PartnershipExists(command.partnershipId());
        }
        PartnershipId id = command.partnershipId();
        apply(new PartnershipCreated(id.schoolUrn().value(), id.providerCode().value()));
    }

    @CommandHandler
    public void handle(EndPartnershipCommand command, AssignedPlacements assigned) {
        if (!active) {
            throw new NoSuchPartnership(command.partnershipId());
        }
        PartnershipRules.partnershipEndsOnlyWithoutAssignedPlacements(partnershipId, assigned);
        apply(new PartnershipEnded(partnershipId.schoolUrn().value(), partnershipId.providerCode().value()));
    }

    @EventSourcingHandler
    void on(PartnershipCreated event) {
        partnershipId = new PartnershipId(new SchoolUrn(event.schoolUrn()), new ProviderCode(event.providerCode()));
        active = true;
    }

    @EventSourcingHandler
    void on(PartnershipEnded event) {
        active = false;
    }
}
