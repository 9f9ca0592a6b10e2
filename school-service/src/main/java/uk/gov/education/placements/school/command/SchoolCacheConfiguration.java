package uk.gov.education.placements.school.command;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.education.placements.support.eventstore.BoundedAggregateCache;

/**
 * The schools this instance has loaded, kept between commands so that a command does not read the
 * school's events again (Axon's caching repository: {@code @Aggregate(cache = "schoolCache")} on
 * {@link School}). Why it stays correct with two instances: {@link BoundedAggregateCache} and
 * {@link SchoolCommands}.
 */
@Configuration(proxyBeanMethods = false)
class SchoolCacheConfiguration {

    /** Every school in England (about 24,000), at well under a kilobyte each. */
    static final long CACHED_SCHOOLS = 25_000;

    @Bean
    BoundedAggregateCache schoolCache() {
        return new BoundedAggregateCache(CACHED_SCHOOLS);
    }
}
