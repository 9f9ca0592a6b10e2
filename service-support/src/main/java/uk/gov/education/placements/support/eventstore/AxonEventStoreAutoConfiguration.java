package uk.gov.education.placements.support.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.fasterxml.jackson.databind.json.JsonMapper;

import uk.gov.education.placements.events.EventJson;

/**
 * The event store of an Axon write service on PostgreSQL (its tables come from the Flyway script
 * at {@code classpath:db/axon}): Jackson, not XStream, with the same tolerant mapper the events
 * use on Kafka, so a stored event and a published one are the same JSON; and duplicate-key
 * detection that understands PostgreSQL.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JdbcAutoConfiguration.class})
@ConditionalOnClass(AxonAutoConfiguration.class)
public class AxonEventStoreAutoConfiguration {

    /**
     * Axon's default resolver only recognises {@code SQLIntegrityConstraintViolationException},
     * which the PostgreSQL driver never throws: a conflicting append would be an
     * {@code EventStoreException} (a 500) instead of a {@code ConcurrencyException} or
     * {@code AggregateStreamCreationException}. Axon ships the resolver by SQLState; PostgreSQL
     * reports a unique violation as 23505 (on a batch's {@code BatchUpdateException} too).
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    static final String UNIQUE_VIOLATION = "23505";

    /**
     * Every aggregate's command target resolver (Axon's aggregate configuration takes the
     * component in place of its own annotation resolver): the same annotations, looked up once
     * per command class instead of on every command ({@link CachedCommandTargetResolver}).
     */
    @Bean
    CommandTargetResolver commandTargetResolver() {
        return new CachedCommandTargetResolver();
    }

    @Bean
    @Primary
    Serializer defaultSerializer() {
        return jacksonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jacksonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jacksonSerializer();
    }

    private static Serializer jacksonSerializer() {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.configure(JsonMapper.builder()).build())
                .lenientDeserialization()
                .build();
    }
}
