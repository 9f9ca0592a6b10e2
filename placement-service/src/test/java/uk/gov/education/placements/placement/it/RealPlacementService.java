package uk.gov.education.placements.placement.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import uk.gov.education.placements.infrastructure.WithRealInfrastructure;

/**
 * The service on a random port against the JVM's real PostgreSQL and Kafka. Every IT class uses
 * exactly this configuration, so they share one Spring context (and one consumer group of its own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.consumer.group-id=placement-service-it-${random.uuid}"
})
@WithRealInfrastructure
@Import(TestClients.class)
public @interface RealPlacementService {
}
