package dev.crm.auth.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.crm.common.security.AccessTokenValidation;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    @Bean
    SigningKeys signingKeys(@Value("${crm.jwt.key-path}") String keyPath) {
        return SigningKeys.loadOrCreate(Path.of(keyPath));
    }

    /**
     * The auth-service verifies its own tokens with the key it holds, not over HTTP, chosen by key id as
     * the other services choose it from the JWKS: a token naming a key id that is not ours is refused.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys) {
        JWKSet ours = new JWKSet(new RSAKey.Builder(keys.publicKey()).keyID(keys.keyId()).build());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(ours)).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(AccessTokenValidation.validator());
        return decoder;
    }
}
