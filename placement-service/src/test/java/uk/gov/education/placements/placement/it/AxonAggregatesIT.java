package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.education.placements.placement.command.partnership.Partnership;
import uk.gov.education.placements.placement.command.placement.Placement;
import uk.gov.education.placements.support.eventstore.CachedCommandTargetResolver;

/** How Axon's aggregate configuration finds and creates the aggregates here (the commands' tests prove they still work). */
@RealPlacementService
class AxonAggregatesIT {

    @Autowired
    Configuration axon;

    @Test
    void placementsAndPartnershipsAreCreatedByAxonsGenericAggregateFactory() {
        assertThat(((EventSourcingRepository<?>) axon.repository(Placement.class)).getAggregateFactory())
                .isInstanceOf(GenericAggregateFactory.class);
        assertThat(((EventSourcingRepository<?>) axon.repository(Partnership.class)).getAggregateFactory())
                .isInstanceOf(GenericAggregateFactory.class);
    }

    @Test
    void commandsFindTheirAggregateThroughServiceSupportsCachedTargetResolver() {
        assertThat(axon.getComponent(CommandTargetResolver.class)).isInstanceOf(CachedCommandTargetResolver.class);
    }
}
