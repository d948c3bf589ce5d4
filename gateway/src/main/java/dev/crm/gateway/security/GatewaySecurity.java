package dev.crm.gateway.security;

import dev.crm.common.security.AccessTokenValidation;
import dev.crm.common.security.BearerTokens;
import dev.crm.common.security.HeaderCharacters;
import dev.crm.common.security.VerifiedTokens;
import dev.crm.common.web.CommonError;
import dev.crm.gateway.GatewayProperties;
import dev.crm.gateway.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Every /api request except sign-in, registration and invitation acceptance needs a valid access token
 * (RS256 from the auth-service's JWKS, issuer, audience, expiry); then its organization must be the one
 * the request names. The services check both again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

    static final String[] PUBLIC_API = {
        "/api/auth/login", "/api/auth/refresh", "/api/auth/logout", "/api/auth/register", "/api/auth/invitations/*",
        "/api/auth/password/forgot", "/api/auth/password/reset", "/api/auth/email/confirm", "/api/auth/organizations/find",
        "/api/tenants/register", "/t/**", "/.well-known/jwks.json"
    };

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewayProperties crm) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(crm.services().auth() + "/.well-known/jwks.json")
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(AccessTokenValidation.validator());
        VerifiedTokens verified = new VerifiedTokens();
        return token -> verified.find(token).map(Mono::just)
                .orElseGet(() -> decoder.decode(token).map(jwt -> verified.remember(token, jwt)));
    }

    /** No observation per security filter: it costs more CPU than the token check (latency is still in http.server.requests). */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring's strict firewall with its header rules as a loop rather than a regex (same verdicts). */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters.NAMES);
        firewall.setAllowedHeaderValues(HeaderCharacters.VALUES);
        return firewall;
    }

    private static final List<PathPattern> PUBLIC_PATTERNS =
            Arrays.stream(PUBLIC_API).map(PathPatternParser.defaultInstance::parse).toList();

    static boolean isPublic(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        return PUBLIC_PATTERNS.stream().anyMatch(p -> p.matches(path));
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder, GatewayProperties crm,
                                                ProblemResponses problems, MeterRegistry meters) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // written once for every answer by headers.SecurityHeadersFilter, which knows pages from data
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> cors.configurationSource(cors(crm)))
                .authorizeExchange(auth -> auth
                        .pathMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .pathMatchers(PUBLIC_API).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(rs -> rs
                        // a public endpoint ignores a stale token (signing out with an expired one still works)
                        .bearerTokenConverter(exchange -> isPublic(exchange) ? Mono.empty() : bearerToken(exchange))
                        .jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, CommonError.UNAUTHENTICATED,
                                exchange.getRequest().getHeaders().containsHeader("Authorization")
                                        ? "Your access token is invalid or has expired." : "Sign in to use this resource.",
                                Map.of("WWW-Authenticate", "Bearer"))))
                .exceptionHandling(e -> e.accessDeniedHandler((exchange, denied) ->
                        problems.write(exchange, CommonError.FORBIDDEN, "Not allowed.", Map.of())))
                .addFilterAfter(new TenantMatchFilter(crm.baseDomain(), problems), SecurityWebFiltersOrder.AUTHORIZATION)
                .addFilterAfter(new OrganizationRequests(meters), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    private static Mono<Authentication> bearerToken(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> BearerTokens.fromAuthorizationHeader(exchange.getRequest().getHeaders().getFirst("Authorization")))
                .map(BearerTokenAuthenticationToken::new);
    }

    private static UrlBasedCorsConfigurationSource cors(GatewayProperties crm) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(crm.corsOrigins() == null ? List.of() : crm.corsOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Tenant", "X-Correlation-Id", "If-Match"));
        config.setExposedHeaders(List.of("Location", "Retry-After", "X-Correlation-Id", "RateLimit-Limit", "RateLimit-Remaining",
                "RateLimit-Reset"));
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }
}
