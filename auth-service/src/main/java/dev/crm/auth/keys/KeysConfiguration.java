package dev.crm.auth.keys;

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

    /** The auth-service verifies its own tokens with the key it holds, not over HTTP. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey()).signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(AccessTokenValidation.validator());
        return decoder;
    }
}
