package dev.crm.testing;

import com.nimbusds.jose.jwk.JWKSet;
import dev.crm.common.security.AccessTokenValidation;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Access tokens for a service's integration tests, shaped exactly like the auth-service's (RS256,
 * issuer, audience, tenant and role claims) and signed with a key of the test's own. The service under
 * test verifies them with {@link #decoder()}, which replaces the decoder that would fetch the
 * auth-service's JWKS; everything after the signature check (validators, tenant, roles) is the real one.
 */
public final class TestTokens {

    private static final KeyPair KEYS = rsaKeys();

    private TestTokens() {}

    /** The service's decoder in tests: the platform's validation, this class's key. */
    public static JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(AccessTokenValidation.validator());
        return decoder;
    }

    /** The public key as a JWK Set, for a stand-in auth-service that a gateway under test fetches it from. */
    public static String jwks() {
        return new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("test").build()).toString();
    }

    public static String issue(UUID tenantId, String subdomain, UUID userId, String role, String email) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("crm-auth").audience(List.of("crm")).subject(userId.toString()).id(UUID.randomUUID().toString())
                .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(15)))
                .claim("tid", tenantId.toString()).claim("tenant", subdomain).claim("role", role).claim("email", email)
                .build();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate())
                .keyID("test").build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build(), claims))
                .getTokenValue();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
