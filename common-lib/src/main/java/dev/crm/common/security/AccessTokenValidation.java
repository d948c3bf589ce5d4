package dev.crm.common.security;

import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/** What makes an access token acceptable anywhere in the platform, beyond its RS256 signature. */
public final class AccessTokenValidation {

    private AccessTokenValidation() {}

    /** Expiry and not-before (with the default clock skew), issuer, audience, the tenant and role claims, and a session id if any. */
    public static OAuth2TokenValidator<Jwt> validator() {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(TokenClaims.AUDIENCE)),
                new JwtClaimValidator<String>(TokenClaims.TENANT_ID, tid -> tid != null && !tid.isBlank()),
                new JwtClaimValidator<String>(TokenClaims.TENANT_SUBDOMAIN, t -> t != null && !t.isBlank()),
                new JwtClaimValidator<String>(TokenClaims.ROLE, role -> role != null && !role.isBlank()),
                new JwtClaimValidator<String>(TokenClaims.SESSION_ID, sid -> sid == null || isUuid(sid)));
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
