package uk.gov.education.placements.support.consumer;

import java.util.List;

/**
 * What a consuming service does with a batch of readable events: applies all of them or none, in
 * one transaction, deduplicating and keeping each aggregate's sequence ({@link InSequence}).
 */
@FunctionalInterface
public interface EventBatchProjection {

    void project(List<ConsumedEvent> events);
}
