package dev.crm.deploy.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import io.micrometer.core.instrument.Meter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.micrometer.metrics.autoconfigure.ServiceLevelObjectiveBoundary;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The one variable the chart sets that no application.yaml names: Spring Boot's
 * management.metrics.distribution.slo[http.server.requests], the histogram buckets the p99 alert reads.
 * A map key with dots bound from an environment variable: proven here the way Spring Boot binds it.
 */
class LatencyBucketsVariableTests {

    @Test
    void theChartsVariableGivesTheHttpServerRequestsTimerItsBuckets() {
        var config = HelmChartTests.chart("default-values.yaml").configMaps().get(0).getData();
        String name = "MANAGEMENT_METRICS_DISTRIBUTION_SLO_HTTP_SERVER_REQUESTS";
        assertThat(config).containsKey(name);

        var environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(name, config.get(name)));
        // as Spring Boot binds it: every bucket must convert ("2.5s" does not, and the service would not start)
        Map<String, ServiceLevelObjectiveBoundary[]> slo = new Binder(ConfigurationPropertySources.from(environment),
                null, ApplicationConversionService.getSharedInstance())
                .bind("management.metrics.distribution.slo", Bindable.mapOf(String.class, ServiceLevelObjectiveBoundary[].class))
                .get();
        assertThat(slo).containsOnlyKeys("http.server.requests");
        assertThat(slo.get("http.server.requests")).extracting(b -> b.getValue(Meter.Type.TIMER))
                .startsWith(25_000_000.0, 50_000_000.0, 100_000_000.0)
                .hasSize(config.get(name).split(",").length);
    }
}
