package uk.gov.education.placements.school.command;

import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The School is created by Axon's own {@link GenericAggregateFactory} (its no-argument constructor)
 * each time it is loaded, not as a Spring prototype bean, which is what Axon's Spring support makes
 * of an {@code @Aggregate} unless a bean named {@code <aggregate>AggregateFactory} is there. The
 * School has nothing for Spring to inject, and creating a prototype bean (autowiring and every bean
 * post-processor) on each load was 4 % of school-service's request-thread CPU samples.
 * placement-service does the same for its aggregates.
 */
@Configuration(proxyBeanMethods = false)
class AggregateFactories {

    @Bean
    AggregateFactory<School> schoolAggregateFactory() {
        return new GenericAggregateFactory<>(School.class);
    }
}
