package uk.gov.education.placements.school.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.PlacementContactEvent;
import uk.gov.education.placements.events.SchoolOnboarded;

/**
 * A school and its placement contact, event-sourced. Its version (the sequence number of its
 * last event) is what HTTP shows as the ETag.
 *
 * <p>There is deliberately no command to remove a contact: once a school has one it must always
 * have one, so that no placement is ever without a contact.
 *
 * <p>The state keeps the last contact event as recorded rather than re-validating it into value
 * objects: events are facts, and a rule tightened later must not stop old schools from loading.
 */
@Aggregate(cache = "schoolCache")
public class School {

    @AggregateIdentifier
    private SchoolUrn urn;
    private PlacementContactEvent placementContact;

    protected School() {
        // for Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public School(OnboardSchoolCommand command) {
        apply(new SchoolOnboarded(command.schoolUrn().value(), command.name().value()));
    }

    @CommandHandler
    public VersionedContact handle(AddPlacementContactCommand command) {
        SchoolRules.expectedVersionMustBeCurrent(command.expectedVersion(), version());
        SchoolRules.onlyOneContactPerSchool(placementContact);
        PlacementContact contact = command.contact();
        apply(new PlacementContactAdded(urn.value(),
                contact.firstNameOrNull(), contact.lastNameOrNull(), contact.email().value()));
        return new VersionedContact(contact, version());
    }

    @CommandHandler
    public VersionedContact handle(ChangePlacementContactCommand command) {
        SchoolRules.expectedVersionMustBeCurrent(command.expectedVersion(), version());
        SchoolRules.contactMustExistToChange(placementContact);
        PlacementContact contact = command.contact();
        if (!SchoolRules.unchangedContactEmitsNothing(placementContact, contact)) {
            apply(new PlacementContactChanged(urn.value(),
                    contact.firstNameOrNull(), contact.lastNameOrNull(), contact.email().value()));
        }
        return new VersionedContact(contact, version());
    }

    @EventSourcingHandler
    void on(SchoolOnboarded event) {
        urn = new SchoolUrn(event.schoolUrn());
    }

    @EventSourcingHandler
    void on(PlacementContactAdded event) {
        placementContact = event;
    }

    @EventSourcingHandler
    void on(PlacementContactChanged event) {
        placementContact = event;
    }

    /** The sequence number of the School's last event, including any applied in this command. */
    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
