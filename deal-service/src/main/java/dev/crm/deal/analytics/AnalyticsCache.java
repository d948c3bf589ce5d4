package dev.crm.deal.analytics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Analytics figures for a while: computing one reads up to every deal and stage entry of a pipeline
 * (seconds at 200,000 deals on two cores), reading it again costs nothing. An entry is served for
 * {@code crm.analytics.max-age} (30 s) and then recomputed in the background while the previous figures
 * are still served, so only the first request of a scope waits. Keys carry the tenant and the whole
 * scope (pipeline, owner, period): no figures cross organizations or owners. ADR 14.
 */
@Component
class AnalyticsCache {

    /** Figures and when they were computed (answered as {@code Last-Modified}). */
    record Figures(Object report, Instant computedAt) {}

    private record Key(String report, AnalyticsScope scope, Function<AnalyticsScope, Object> compute) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.report.equals(report) && k.scope.equals(scope);
        }

        @Override
        public int hashCode() {
            return 31 * report.hashCode() + scope.hashCode();
        }
    }

    private final LoadingCache<Key, Figures> figures;

    AnalyticsCache(@Value("${crm.analytics.max-age:30s}") Duration maxAge) {
        this.figures = Caffeine.newBuilder()
                .maximumSize(10_000)
                .refreshAfterWrite(maxAge)
                .expireAfterWrite(maxAge.multipliedBy(10))
                .build(key -> new Figures(key.compute().apply(key.scope()), Instant.now()));
    }

    Figures get(String report, AnalyticsScope scope, Function<AnalyticsScope, Object> compute) {
        return figures.get(new Key(report, scope, compute));
    }
}
