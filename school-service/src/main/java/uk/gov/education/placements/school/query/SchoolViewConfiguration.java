package uk.gov.education.placements.school.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SchoolViewConfiguration {

    /**
     * Axon's default for event handlers is to log a failure and carry on. For the school's own
     * view that would commit the event without its view row: the command must fail instead, and
     * its transaction roll back with it.
     */
    @Bean
    ConfigurerModule schoolViewFailsTheCommand() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(SchoolViewProjection.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
