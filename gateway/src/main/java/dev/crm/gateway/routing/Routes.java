package dev.crm.gateway.routing;

import dev.crm.gateway.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which service answers which path. Members and invitations are identity data, owned by the
 * auth-service, although clients reach them under /api/tenants (see docs/adr/0003). Nothing routes to
 * /internal: those endpoints are for services only.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    @Bean
    RouteLocator crmRoutes(RouteLocatorBuilder routes, GatewayProperties crm) {
        GatewayProperties.Services to = crm.services();
        return routes.routes()
                .route("auth", r -> r.path("/api/auth/**", "/api/tenants/users", "/api/tenants/users/**",
                        "/api/tenants/invitations", "/api/tenants/invitations/**", "/.well-known/jwks.json").uri(to.auth()))
                .route("tenant", r -> r.path("/api/tenants/**").uri(to.tenant()))
                .route("contact", r -> r.path("/api/contacts/**", "/api/contacts", "/api/companies/**", "/api/companies",
                        "/api/custom-fields/**", "/api/custom-fields").uri(to.contact()))
                .route("deal", r -> r.path("/api/pipelines/**", "/api/pipelines", "/api/deals/**", "/api/deals").uri(to.deal()))
                .route("communication", r -> r.path("/api/activities/**", "/api/activities", "/api/communications/**", "/t/**")
                        .uri(to.communication()))
                .build();
    }
}
