package uk.gov.education.placements.support.eventstore;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Axon's cache of event-sourced aggregates ({@code @Aggregate(cache = ...)}, which makes Axon's
 * {@code CachingEventSourcingRepository}) on Caffeine, bounded by the number of aggregates. Axon
 * ships adapters for Ehcache and JCache only; Caffeine is already here for the verified tokens, so
 * this adapter is the whole cost.
 *
 * <p>What Axon does with it: as a command's unit of work commits, the aggregate as it then is;
 * on any rollback (a refusal, a conflicting append, a database error) it removes the entry, so a
 * cached aggregate is never one whose events were not stored. What it cannot know: with two
 * instances, the other instance's appends. A cached aggregate that is behind the event store can
 * accept a command only for the append to conflict on the store's unique index (the command is
 * then retried or refused as a version conflict, as without a cache), or refuse it on stale state;
 * the service that uses this cache decides such refusals again (school-service's SchoolCommands).
 *
 * <p>No entry listeners: Axon's caching repository registers none.
 */
public final class BoundedAggregateCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

    public BoundedAggregateCache(long maximumAggregates) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumAggregates).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.get(key, k -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.asMap().computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("BoundedAggregateCache has no entry listeners");
    }

    /** How many aggregates it holds now (after Caffeine's pending evictions). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
