package uk.gov.education.placements.support.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

/** The Axon cache contract the caching repository uses, on Caffeine, and its bound. */
class BoundedAggregateCacheTest {

    private final BoundedAggregateCache cache = new BoundedAggregateCache(100);

    @Test
    void holdsWhatWasPutUntilItIsRemoved() {
        cache.put("100000", "school at version 3");

        assertThat(cache.<String, String>get("100000")).isEqualTo("school at version 3");
        assertThat(cache.containsKey("100000")).isTrue();
        assertThat(cache.remove("100000")).isTrue();
        assertThat(cache.<String, String>get("100000")).isNull();
        assertThat(cache.containsKey("100000")).isFalse();
        assertThat(cache.remove("100000")).isFalse();
    }

    @Test
    void putIfAbsentKeepsTheFirstAndSaysWhetherItPut() {
        assertThat(cache.putIfAbsent("100000", "first")).isTrue();
        assertThat(cache.putIfAbsent("100000", "second")).isFalse();

        assertThat(cache.<String, String>get("100000")).isEqualTo("first");
    }

    @Test
    void computeIfAbsentComputesOnceAndComputeIfPresentOnlyWhatIsThere() {
        AtomicInteger computed = new AtomicInteger();

        assertThat(cache.<String>computeIfAbsent("100000", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
        assertThat(cache.<String>computeIfAbsent("100000", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
        cache.computeIfPresent("100000", (UnaryOperator<String>) value -> value + "+");
        cache.computeIfPresent("100001", (UnaryOperator<String>) value -> value + "+");

        assertThat(cache.<String, String>get("100000")).isEqualTo("v1+");
        assertThat(cache.containsKey("100001")).isFalse();
    }

    @Test
    void removeAllEmptiesIt() {
        cache.put("100000", "a");
        cache.put("100001", "b");

        cache.removeAll();

        assertThat(cache.size()).isZero();
    }

    @Test
    void neverHoldsMoreThanItsBound() {
        for (int i = 0; i < 1_000; i++) {
            cache.put(String.valueOf(100_000 + i), "school " + i);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void refusesEntryListenersWhichNothingHereRegisters() {
        assertThatThrownBy(() -> cache.registerCacheEntryListener(new Cache.EntryListenerAdapter()))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
