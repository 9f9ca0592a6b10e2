package uk.gov.education.placements.placement.it;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

import uk.gov.education.placements.infrastructure.RealInfrastructure;
import uk.gov.education.placements.infrastructure.Tokens;

@TestConfiguration(proxyBeanMethods = false)
class TestClients {

    @Bean
    @Lazy
    Api api(Environment environment) {
        return new Api(environment.getRequiredProperty("local.server.port", Integer.class), Tokens.support());
    }

    @Bean(destroyMethod = "close")
    SchoolEvents schoolEvents(Environment environment) {
        return new SchoolEvents(RealInfrastructure.kafka().bootstrapServers(),
                environment.getRequiredProperty("placements.topics.school-events"));
    }
}
