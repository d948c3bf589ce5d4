package dev.crm.gateway.security;

import dev.crm.common.security.TokenClaims;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Counts signed-in requests by organization ({@code crm.organization.requests{organization}}) so that a
 * recording rule can rank the busiest ones. The organization comes from a verified token, never from a
 * header, so the series are bounded by the organizations that exist; the per-route series carry none.
 */
class OrganizationRequests implements WebFilter {

    private final MeterRegistry meters;

    OrganizationRequests(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(auth -> auth.getPrincipal() instanceof Jwt)
                .mapNotNull(auth -> ((Jwt) auth.getPrincipal()).getClaimAsString(TokenClaims.TENANT_SUBDOMAIN))
                .doOnNext(organization -> Counter.builder("crm.organization.requests")
                        .description("Signed-in requests per organization (rank them with crm:organization_requests:top10)")
                        .tag("organization", organization).register(meters).increment())
                .then(chain.filter(exchange));
    }
}
