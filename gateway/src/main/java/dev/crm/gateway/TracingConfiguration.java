package dev.crm.gateway;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * Traces (docs/operations/observability.md): each request's server span and the proxied call's client
 * span, whose W3C {@code traceparent} carries the trace on to the service. Health probes and metric
 * scrapes on the management port are neither timed nor traced.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    ObservationPredicate unobservedActuator() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request)
                || !request.getCarrier().getPath().value().startsWith("/actuator");
    }
}
