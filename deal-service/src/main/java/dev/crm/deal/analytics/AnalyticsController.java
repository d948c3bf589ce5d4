package dev.crm.deal.analytics;

import dev.crm.deal.pipelines.PipelineService;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/deals/analytics/...}: pipeline analytics computed from the deals and their stage history,
 * each filtered by pipeline (default: the default one), owner and period ({@code from}/{@code to}, dates).
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

    AnalyticsController(PipelineService pipelines, ForecastReport forecast, ConversionReport conversion, VelocityReport velocity,
                        RepReport reps, BottleneckReport bottlenecks) {
        this.pipelines = pipelines;
        this.forecast = forecast;
        this.conversion = conversion;
        this.velocity = velocity;
        this.reps = reps;
        this.bottlenecks = bottlenecks;
    }

    @GetMapping("/forecast")
    ForecastReport.Forecast forecast(AnalyticsFilter filter) {
        return forecast.compute(scope(filter));
    }

    @GetMapping("/conversion")
    ConversionReport.Conversion conversion(AnalyticsFilter filter) {
        return conversion.compute(scope(filter));
    }

    @GetMapping("/velocity")
    VelocityReport.Velocity velocity(AnalyticsFilter filter) {
        return velocity.compute(scope(filter));
    }

    @GetMapping("/reps")
    RepReport.Reps reps(AnalyticsFilter filter) {
        return reps.compute(scope(filter));
    }

    @GetMapping("/bottlenecks")
    BottleneckReport.Bottlenecks bottlenecks(AnalyticsFilter filter) {
        return bottlenecks.compute(scope(filter));
    }

    /** The pipeline asked for (404 when it is not the organization's) or the default one. */
    private AnalyticsScope scope(AnalyticsFilter filter) {
        UUID pipeline = filter.pipelineId() == null ? pipelines.defaultPipeline().getId() : pipelines.get(filter.pipelineId()).id();
        return AnalyticsScope.of(pipeline, filter.ownerId(), filter.from(), filter.to());
    }
}
