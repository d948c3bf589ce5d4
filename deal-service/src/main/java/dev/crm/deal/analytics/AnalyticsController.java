package dev.crm.deal.analytics;

import dev.crm.deal.pipelines.PipelineService;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/deals/analytics/...}: pipeline analytics computed from the deals and their stage history,
 * each filtered by pipeline (default: the default one), owner and period ({@code from}/{@code to}, dates);
 * computed at most {@code crm.analytics.max-age} ago ({@link AnalyticsCache}).
 */
@RestController
@RequestMapping("/api/deals/analytics")
class AnalyticsController {

    private final PipelineService pipelines;
    private final ForecastReport forecast;
    private final ConversionReport conversion;
    private final VelocityReport velocity;
    private final RepReport reps;
    private final BottleneckReport bottlenecks;
    private final AnalyticsCache cache;

    AnalyticsController(PipelineService pipelines, ForecastReport forecast, ConversionReport conversion, VelocityReport velocity,
                        RepReport reps, BottleneckReport bottlenecks, AnalyticsCache cache) {
        this.pipelines = pipelines;
        this.forecast = forecast;
        this.conversion = conversion;
        this.velocity = velocity;
        this.reps = reps;
        this.bottlenecks = bottlenecks;
        this.cache = cache;
    }

    @GetMapping("/forecast")
    ResponseEntity<Object> forecast(AnalyticsFilter filter) {
        return figures("forecast", filter, forecast::compute);
    }

    @GetMapping("/conversion")
    ResponseEntity<Object> conversion(AnalyticsFilter filter) {
        return figures("conversion", filter, conversion::compute);
    }

    @GetMapping("/velocity")
    ResponseEntity<Object> velocity(AnalyticsFilter filter) {
        return figures("velocity", filter, velocity::compute);
    }

    @GetMapping("/reps")
    ResponseEntity<Object> reps(AnalyticsFilter filter) {
        return figures("reps", filter, reps::compute);
    }

    @GetMapping("/bottlenecks")
    ResponseEntity<Object> bottlenecks(AnalyticsFilter filter) {
        return figures("bottlenecks", filter, bottlenecks::compute);
    }

    /** The report's figures for the filter's scope, from the cache; {@code Last-Modified} says when they were computed. */
    private ResponseEntity<Object> figures(String report, AnalyticsFilter filter, Function<AnalyticsScope, Object> compute) {
        AnalyticsCache.Figures figures = cache.get(report, scope(filter), compute);
        return ResponseEntity.ok().lastModified(figures.computedAt()).cacheControl(CacheControl.noCache().cachePrivate())
                .body(figures.report());
    }

    /** The pipeline asked for (404 when it is not the organization's) or the default one. */
    private AnalyticsScope scope(AnalyticsFilter filter) {
        UUID pipeline = filter.pipelineId() == null ? pipelines.defaultPipeline().getId() : pipelines.get(filter.pipelineId()).id();
        return AnalyticsScope.of(pipeline, filter.ownerId(), filter.from(), filter.to());
    }
}
