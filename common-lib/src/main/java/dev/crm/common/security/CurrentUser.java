package dev.crm.common.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The signed-in member a request acts for, read from its verified access token. */
public record CurrentUser(UUID id, UUID tenantId, String tenantSubdomain, Role role, String email) {

    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof MemberAuthentication member) return Optional.of(member.member());
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(from(jwt));
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public static CurrentUser from(Jwt jwt) {
        return new CurrentUser(
                UUID.fromString(jwt.getSubject()),
                UUID.fromString(jwt.getClaimAsString(TokenClaims.TENANT_ID)),
                jwt.getClaimAsString(TokenClaims.TENANT_SUBDOMAIN),
                Role.valueOf(jwt.getClaimAsString(TokenClaims.ROLE)),
                jwt.getClaimAsString(TokenClaims.EMAIL));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
