package uk.gov.education.placements.placement.command.placement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDeleted;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.PlacementProviderAssigned;
import uk.gov.education.placements.events.PlacementProviderUnassigned;
import uk.gov.education.placements.events.PlacementUpdated;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;

/**
 * A placement a school offers. Status follows from the provider: available without one, assigned
 * with one. The rules that need more than this placement's own history (the school's contact,
 * its partnerships) ask ports that the query side implements.
 */
@Aggregate
public class Placement {

    @AggregateIdentifier
    private PlacementId placementId;
    private SchoolUrn school;
    private PlacementDetails createdWith;
    private PlacementDetails details;
    private ProviderCode provider;

    protected Placement() {
        // for Axon: created empty, then either sourced from events or handed the create command
    }

    /**
     * Idempotent by the client-chosen id: a create that repeats the first one changes nothing and
     * says so; one with the same id but other content is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CreationOutcome handle(CreatePlacementCommand command, PlacementContacts contacts) {
        if (placementId != null) {
            if (school.equals(command.schoolUrn()) && createdWith.equals(normalisedOrNull(command.form()))) {
                return CreationOutcome.ALREADY_CREATED;
            }
            throw new PlacementIdTaken(command.placementId());
        }
        PlacementRules.placementContactRequired(command.schoolUrn(), contacts);
        PlacementDetails checked = PlacementDetailsRules.check(command.form());
        apply(new PlacementCreated(command.placementId().value(), command.schoolUrn().value(), checked));
        return CreationOutcome.CREATED;
    }

    @CommandHandler
    public void handle(EditPlacementCommand command, PlacementContacts contacts) {
        PlacementRules.placementContactRequired(school, contacts);
        PlacementDetails edited = PlacementDetailsRules.check(command.patch().applyTo(PlacementForm.of(details)));
        if (!edited.equals(details)) {
            apply(new PlacementUpdated(placementId.value(), school.value(), edited));
        }
    }

    @CommandHandler
    public void handle(AssignProviderCommand command, PartnerProviders partners) {
        if (command.providerCode().equals(provider)) {
            return;
        }
        PlacementRules.onlyPartnerProviders(school, command.providerCode(), partners);
        if (provider != null) {
            apply(new PlacementProviderUnassigned(placementId.value(), school.value(), provider.value()));
        }
        apply(new PlacementProviderAssigned(placementId.value(), school.value(), command.providerCode().value()));
    }

    @CommandHandler
    public void handle(UnassignProviderCommand command) {
        if (provider != null) {
            apply(new PlacementProviderUnassigned(placementId.value(), school.value(), provider.value()));
        }
    }

    @CommandHandler
    public void handle(DeletePlacementCommand command) {
        PlacementRules.onlyUnassignedPlacementsCanBeDeleted(provider);
        apply(new PlacementDeleted(placementId.value(), school.value()));
    }

    @EventSourcingHandler
    void on(PlacementCreated event) {
        placementId = new PlacementId(event.placementId());
        school = new SchoolUrn(event.schoolUrn());
        createdWith = event.details();
        details = event.details();
    }

    @EventSourcingHandler
    void on(PlacementUpdated event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(PlacementProviderAssigned event) {
        provider = new ProviderCode(event.providerCode());
    }

    @EventSourcingHandler
    void on(PlacementProviderUnassigned event) {
        if (provider != null && Objects.equals(provider.value(), event.providerCode())) {
            provider = null;
        }
    }

    @EventSourcingHandler
    void on(PlacementDeleted event) {
        markDeleted();
    }

    private static PlacementDetails normalisedOrNull(PlacementForm form) {
        try {
            return PlacementDetailsRules.check(form);
        } catch (InvalidPlacementDetails invalid) {
            return null;
        }
    }
}
