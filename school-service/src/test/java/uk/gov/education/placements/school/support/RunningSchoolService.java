package uk.gov.education.placements.school.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.education.placements.infrastructure.WithRealInfrastructure;

/**
 * The whole service on a random port against the JVM's real PostgreSQL and Kafka. Every test
 * class that uses only this annotation shares one Spring context (and so one database): tests
 * use fresh random URNs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
public @interface RunningSchoolService {
}
