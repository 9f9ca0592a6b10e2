package uk.gov.education.placements.providerview.projection;

import java.util.UUID;

import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PartnershipCreated;
import uk.gov.education.placements.events.PartnershipEnded;
import uk.gov.education.placements.events.PlacementContactEvent;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDeleted;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.PlacementProviderAssigned;
import uk.gov.education.placements.events.PlacementProviderUnassigned;
import uk.gov.education.placements.events.PlacementUpdated;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.providerview.query.Partnership;
import uk.gov.education.placements.providerview.query.PlacementContact;
import uk.gov.education.placements.providerview.query.PlacementView;
import uk.gov.education.placements.providerview.query.SchoolView;

/**
 * How each event changes the read models. The live consumer and a replay both run exactly this
 * code, one batch at a time, which is why they produce the same rows.
 *
 * <p>Each row depends only on the events of its own aggregate, applied in that aggregate's
 * order: a school row on the School's events, a placement row on the Placement's. Events of
 * different aggregates may therefore arrive in any interleaving (a placement before its school's
 * contact, or after) and the rows still converge; the school's name and contact are joined to
 * placements at read time.
 */
public final class ReadModelProjection {

    /**
     * Applies the event unless its aggregate has already seen its sequence number.
     *
     * @return whether the event changed anything
     */
    public boolean apply(EventEnvelope event, ReadModelState state) {
        AggregateKey aggregate = AggregateKey.of(event);
        long sequence = event.sequence();
        if (sequence <= state.lastSequence(aggregate)) {
            return false;
        }
        state.recordSequence(aggregate, sequence);
        DomainEvent payload = event.payload();
        if (payload instanceof SchoolOnboarded onboarded) {
            state.putSchool(school(state, onboarded.schoolUrn()).named(onboarded.name(), sequence));
        } else if (payload instanceof PlacementContactEvent contact) {
            state.putSchool(school(state, contact.schoolUrn()).withContact(PlacementContact.of(contact), sequence));
        } else if (payload instanceof PlacementCreated created) {
            putDetails(state, created.placementId(), created.schoolUrn(), created.details(), sequence);
        } else if (payload instanceof PlacementUpdated updated) {
            // The whole details (state, not a diff), so an update can stand in for a create that never came.
            putDetails(state, updated.placementId(), updated.schoolUrn(), updated.details(), sequence);
        } else if (payload instanceof PlacementProviderAssigned assigned) {
            state.placement(assigned.placementId()).ifPresent(placement ->
                    state.putPlacement(placement.withProvider(assigned.providerCode(), sequence)));
        } else if (payload instanceof PlacementProviderUnassigned unassigned) {
            state.placement(unassigned.placementId()).ifPresent(placement ->
                    state.putPlacement(placement.withProvider(null, sequence)));
        } else if (payload instanceof PlacementDeleted deleted) {
            state.removePlacement(deleted.placementId());
        } else if (payload instanceof PartnershipCreated created) {
            state.addPartnership(new Partnership(created.schoolUrn(), created.providerCode()));
        } else if (payload instanceof PartnershipEnded ended) {
            state.removePartnership(new Partnership(ended.schoolUrn(), ended.providerCode()));
        }
        // Any other event of the catalog shows in no provider read model; its sequence number still counts.
        return true;
    }

    private static void putDetails(ReadModelState state, UUID id, String schoolUrn, PlacementDetails details,
            long sequence) {
        state.putPlacement(state.placement(id)
                .map(existing -> existing.withDetails(details, sequence))
                .orElseGet(() -> new PlacementView(id, schoolUrn, details, null, sequence)));
    }

    private static SchoolView school(ReadModelState state, String urn) {
        return state.school(urn).orElseGet(() -> SchoolView.unknown(urn));
    }
}
