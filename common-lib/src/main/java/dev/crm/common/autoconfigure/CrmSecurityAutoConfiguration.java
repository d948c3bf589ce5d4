package dev.crm.common.autoconfigure;

import dev.crm.common.security.AccessTokenValidation;
import dev.crm.common.security.BearerTokens;
import dev.crm.common.security.CachingJwtDecoder;
import dev.crm.common.security.HeaderCharacters;
import dev.crm.common.security.InternalRouteGuard;
import dev.crm.common.security.InternalSecretFilter;
import dev.crm.common.security.MemberAuthentication;
import dev.crm.common.security.ProblemAuthenticationEntryPoint;
import dev.crm.common.security.PublicEndpoints;
import dev.crm.common.security.RotatingSecret;
import dev.crm.common.security.TenantContextFilter;
import dev.crm.common.security.TokenCheckFailureHandler;
import dev.crm.common.security.TokenCutoffs;
import dev.crm.common.security.VerifiedTokens;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.flyway.TenantMigrationGate;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service verifies the access token itself (defence in depth behind the gateway): RS256 only,
 * issuer, audience and expiry checked, keys from the auth-service's JWKS. Then the tenant filter puts
 * the token's organization in context.
 */
@AutoConfiguration(after = CrmTenancyAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CrmProperties.class)
@EnableMethodSecurity
public class CrmSecurityAutoConfiguration {

    private static final String[] ALWAYS_PUBLIC = {
        "/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/internal/**", "/error"
    };

    /** Built at start, so that a service without a proper internal secret refuses to start. */
    @Bean
    RotatingSecret internalSecret(CrmProperties crm) {
        return new RotatingSecret("CRM_INTERNAL_SECRET", crm.internalSecret(), crm.internalSecretPrevious());
    }

    @Bean
    WebMvcConfigurer internalRouteGuard(ProblemWriter problems) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new InternalRouteGuard(problems));
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(CrmProperties crm) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(crm.authUrl() + "/.well-known/jwks.json")
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(AccessTokenValidation.validator());
        return decoder;
    }


    /** Spring's strict firewall with its header rules as a loop rather than a regex (same verdicts). */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters.NAMES);
        firewall.setAllowedHeaderValues(HeaderCharacters.VALUES);
        return firewall;
    }

    /** Addresses the firewall refuses (encoded slashes, dot segments, path parameters...) answer as every error does. */
    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(response, CommonError.MALFORMED_ADDRESS,
                "The address of this request holds characters or segments that are not allowed.");
    }

    /**
     * No observation per security filter, authentication and authorization: together they cost more
     * CPU than the token check itself. Request latency is still measured (http.server.requests).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    TokenCutoffs tokenCutoffs(JdbcTemplate jdbc, CrmTenancyAutoConfiguration.RegistrySchema registry) {
        return new TokenCutoffs(jdbc);
    }

    @Bean
    SecurityFilterChain crmSecurityFilterChain(HttpSecurity http, ObjectProvider<PublicEndpoints> publicEndpoints,
                                               JwtDecoder decoder, ProblemWriter problems, TenantDirectory tenants,
                                               TokenCutoffs cutoffs, TenantMigrationGate migrations, CrmProperties crm,
                                               RotatingSecret internalSecret) throws Exception {
        PublicEndpoints publicPaths = publicEndpoints.getIfAvailable(PublicEndpoints::of);
        String[] open = publicPaths.patterns().toArray(String[]::new);
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ALWAYS_PUBLIC).permitAll()
                        .requestMatchers(open).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        // a public endpoint ignores a stale token (signing out with an expired one still works)
                        .bearerTokenResolver(request -> publicPaths.matches(request.getRequestURI()) ? null
                                : BearerTokens.fromAuthorizationHeader(request.getHeader("Authorization")))
                        .jwt(jwt -> jwt.decoder(new CachingJwtDecoder(decoder, new VerifiedTokens()))
                                .jwtAuthenticationConverter(CrmSecurityAutoConfiguration::toAuthentication))
                        .authenticationEntryPoint(entryPoint)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(new TokenCheckFailureHandler(entryPoint, problems));
                                return filter;
                            }
                        }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, CommonError.FORBIDDEN, "Your role does not allow this action.")))
                .addFilterAfter(new TenantContextFilter(tenants, cutoffs, migrations, problems, crm.baseDomain()),
                        BearerTokenAuthenticationFilter.class)
                .addFilterBefore(new InternalSecretFilter(internalSecret, problems), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    static JwtAuthenticationToken toAuthentication(Jwt jwt) {
        return MemberAuthentication.of(jwt);
    }
}
