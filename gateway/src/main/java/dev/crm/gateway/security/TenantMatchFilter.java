package dev.crm.gateway.security;

import dev.crm.common.security.RequestedTenant;
import dev.crm.common.security.TokenClaims;
import dev.crm.common.web.CommonError;
import dev.crm.gateway.ProblemResponses;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Refuses a token of one organization on a request that names another (Host subdomain or X-Tenant). */
class TenantMatchFilter implements WebFilter {

    private final String baseDomain;
    private final ProblemResponses problems;

    TenantMatchFilter(String baseDomain, ProblemResponses problems) {
        this.baseDomain = baseDomain;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<String> requested = RequestedTenant.from(
                exchange.getRequest().getHeaders().getFirst(RequestedTenant.HEADER),
                exchange.getRequest().getURI().getHost(), baseDomain);
        if (requested.isEmpty()) return chain.filter(exchange);
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(auth -> auth.getPrincipal() instanceof Jwt)
                .map(auth -> ((Jwt) auth.getPrincipal()).getClaimAsString(TokenClaims.TENANT_SUBDOMAIN))
                .flatMap(tokenTenant -> tokenTenant.equals(requested.get())
                        ? chain.filter(exchange).thenReturn(true)
                        : problems.write(exchange, CommonError.TENANT_MISMATCH,
                                "This request names another organization than your session.", Map.of()).thenReturn(true))
                .switchIfEmpty(chain.filter(exchange).thenReturn(true))
                .then();
    }
}
