package dev.crm.common.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Verifies a token once with the delegate, then answers from {@link VerifiedTokens} until it expires. */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokens verified;

    public CachingJwtDecoder(JwtDecoder delegate, VerifiedTokens verified) {
        this.delegate = delegate;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return verified.find(token).orElseGet(() -> verified.remember(token, delegate.decode(token)));
    }
}
