package uk.gov.education.placements.support.rule;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;

/** {@link CommandOutcomes} for the services' command layers, wherever Spring Boot has a meter registry. */
// By name: service-support needs Spring Boot's actuator auto-configuration only where a service has it.
@AutoConfiguration(afterName = "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnBean(MeterRegistry.class)
public class CommandOutcomesAutoConfiguration {

    @Bean
    CommandOutcomes commandOutcomes(MeterRegistry registry) {
        return new CommandOutcomes(registry);
    }
}
