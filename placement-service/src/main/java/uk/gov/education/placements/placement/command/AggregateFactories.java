package uk.gov.education.placements.placement.command;

import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.education.placements.placement.command.partnership.Partnership;
import uk.gov.education.placements.placement.command.placement.Placement;

/**
 * Placements and partnerships are created by Axon's own {@link GenericAggregateFactory} (their
 * no-argument constructors) each time one is loaded, not as Spring prototype beans, which is what
 * Axon's Spring support makes of an {@code @Aggregate} unless a bean named
 * {@code <aggregate>AggregateFactory} is there: neither has anything for Spring to inject, and a
 * prototype bean (autowiring and every bean post-processor) on each load was 4 % of school-service's
 * request-thread CPU samples, where the School is created the same way.
 */
@Configuration(proxyBeanMethods = false)
class AggregateFactories {

    @Bean
    AggregateFactory<Placement> placementAggregateFactory() {
        return new GenericAggregateFactory<>(Placement.class);
    }

    @Bean
    AggregateFactory<Partnership> partnershipAggregateFactory() {
        return new GenericAggregateFactory<>(Partnership.class);
    }
}
