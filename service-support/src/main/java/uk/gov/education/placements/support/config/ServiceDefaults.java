package uk.gov.education.placements.support.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service of this system shares (how it talks to PostgreSQL and Kafka, what
 * its health endpoint shows), from {@code placements-defaults.properties}, below everything
 * else: a service's application.yml or its environment can still override each of them. One file
 * instead of the same lines in every service's application.yml.
 */
public class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "placements-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader().load("placementsDefaults", new ClassPathResource(RESOURCE))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
