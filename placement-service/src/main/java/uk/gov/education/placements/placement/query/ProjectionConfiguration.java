package uk.gov.education.placements.placement.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    /**
     * Axon logs and swallows a failing event handler by default. For a projection written in the
     * command's transaction that would commit events the tables never saw; propagate instead, so
     * the command fails and rolls back as a whole.
     */
    @Bean
    ConfigurerModule propagateProjectionFailures() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                PlacementProjection.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }
}
