package dev.crm.common.security;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.common.tenant.flyway.TenantMigrationGate;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after the token is verified: checks that the token's organization is active and is the one
 * the request names, that the token was not cut off, then puts the tenant in context for Hibernate and
 * the logs. The context is always cleared when the request ends.
 */
public class TenantContextFilter extends OncePerRequestFilter {

    private final TenantDirectory tenants;
    private final TokenCutoffs cutoffs;
    private final TenantMigrationGate migrations;
    private final ProblemWriter problems;
    private final String baseDomain;

    public TenantContextFilter(TenantDirectory tenants, TokenCutoffs cutoffs, TenantMigrationGate migrations,
                               ProblemWriter problems, String baseDomain) {
        this.tenants = tenants;
        this.cutoffs = cutoffs;
        this.migrations = migrations;
        this.problems = problems;
        this.baseDomain = baseDomain;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt)) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser user = CurrentUser.from(jwt);
        Optional<TenantRecord> tenant = tenants.findById(user.tenantId()).filter(TenantRecord::isActive);
        if (tenant.isEmpty() || cutoffs.isRevoked(user.id(), sessionOf(jwt), jwt.getIssuedAt())) {
            problems.write(response, CommonError.UNAUTHENTICATED, "Your session has ended. Please sign in again.");
            return;
        }
        Optional<String> requested = RequestedTenant.from(request.getHeader(RequestedTenant.HEADER), request.getServerName(), baseDomain);
        if (requested.isPresent() && !requested.get().equals(tenant.get().subdomain())) {
            problems.write(response, CommonError.TENANT_MISMATCH, "This request names another organization than your session.");
            return;
        }
        if (!migrations.isReady(user.tenantId())) {
            problems.write(response, CommonError.TENANT_MIGRATING,
                    "Your organization is being upgraded. Please retry in a moment.", Map.of("Retry-After", "2"));
            return;
        }
        TenantContext.set(CurrentTenant.of(tenant.get()));
        MDC.put("tenant_id", user.tenantId().toString());
        MDC.put("user_id", user.id().toString());
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
            MDC.remove("tenant_id");
            MDC.remove("user_id");
        }
    }

    /** The sign-in the token comes from; tokens issued before sessions had ids carry none. */
    private static UUID sessionOf(Jwt jwt) {
        String sid = jwt.getClaimAsString(TokenClaims.SESSION_ID);
        return sid == null ? null : UUID.fromString(sid);
    }
}
