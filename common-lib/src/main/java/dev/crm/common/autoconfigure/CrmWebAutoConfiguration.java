package dev.crm.common.autoconfigure;

import dev.crm.common.logging.CorrelationIdFilter;
import dev.crm.common.web.MergePatcher;
import dev.crm.common.web.ProblemDetailsAdvice;
import dev.crm.common.web.ProblemWriter;
import dev.crm.common.web.RequestSizeLimitFilter;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import jakarta.validation.Validator;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** Problem details for every error, correlation ids, the request body limit, merge patches. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CrmProperties.class)
public class CrmWebAutoConfiguration {

    /**
     * Health probes and metric scrapes are neither timed nor traced: a probe every few seconds per pod
     * would otherwise be most of the traces an operator receives.
     */
    @Bean
    ObservationPredicate crmUnobservedActuator() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request)
                || !request.getCarrier().getRequestURI().startsWith("/actuator");
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** A field sent twice is refused (400), not silently decided by whichever came last. */
    @Bean
    JsonMapperBuilderCustomizer crmRefusesDuplicatedFields() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    MergePatcher mergePatcher(JsonMapper json, Validator validator) {
        return new MergePatcher(json, validator);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(CrmProperties crm, ProblemWriter problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(crm.maxRequestBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
