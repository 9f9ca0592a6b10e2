package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.education.placements.support.eventstore.CachedCommandTargetResolver;

/** What Axon's aggregate configuration asks for here (the commands' tests prove placements and partnerships are still found). */
@RealPlacementService
class CommandTargetsIT {

    @Autowired
    Configuration axon;

    @Test
    void commandsFindTheirAggregateThroughServiceSupportsCachedTargetResolver() {
        assertThat(axon.getComponent(CommandTargetResolver.class)).isInstanceOf(CachedCommandTargetResolver.class);
    }
}
