package dev.crm.auth.tokens;

import dev.crm.auth.keys.SigningKeys;
import dev.crm.auth.users.User;
import dev.crm.common.security.TokenClaims;
import dev.crm.common.security.TokenCutoffs;
import dev.crm.common.tenant.CurrentTenant;
import io.jsonwebtoken.Jwts;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Signs short-lived access tokens (RS256) that every service verifies against the JWKS. */
@Component
public class AccessTokens {

    private final SigningKeys keys;
    private final TokenCutoffs cutoffs;
    private final Duration ttl;

    AccessTokens(SigningKeys keys, TokenCutoffs cutoffs, @Value("${crm.jwt.access-token-ttl}") Duration ttl) {
        this.keys = keys;
        this.cutoffs = cutoffs;
        this.ttl = ttl;
    }

    /**
     * A token dated now, or at the member's cut-off when that is later: token times have whole seconds and
     * a cut-off (a password reset, a removal) refuses every token of its second, so a sign-in right after
     * one would otherwise get a token that is refused at once.
     */
    public String issue(User user, CurrentTenant tenant, UUID sessionId) {
        Instant now = cutoffs.notBefore(user.getId()).filter(Instant.now()::isBefore).orElseGet(Instant::now);
        return Jwts.builder()
                .header().keyId(keys.keyId()).and()
                .issuer(TokenClaims.ISSUER)
                .audience().add(TokenClaims.AUDIENCE).and()
                .subject(user.getId().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .claim(TokenClaims.TENANT_ID, tenant.id().toString())
                .claim(TokenClaims.TENANT_SUBDOMAIN, tenant.subdomain())
                .claim(TokenClaims.ROLE, user.getRole().name())
                .claim(TokenClaims.EMAIL, user.getEmail())
                .claim(TokenClaims.SESSION_ID, sessionId.toString())
                .signWith(keys.privateKey(), Jwts.SIG.RS256)
                .compact();
    }

    public long ttlSeconds() {
        return ttl.toSeconds();
    }
}
