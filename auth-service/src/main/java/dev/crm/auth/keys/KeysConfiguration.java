package dev.crm.auth.keys;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    @Bean
    SigningKeys signingKeys(@Value("${crm.jwt.key-path}") String keyPath, @Value("${crm.jwt.previous-key-path:}") String previousKeyPath,
                            @Value("${crm.jwt.generate-if-missing:false}") boolean generateIfMissing) {
        Optional<Path> previous = previousKeyPath.isBlank() ? Optional.empty() : Optional.of(Path.of(previousKeyPath));
        return SigningKeys.load(Path.of(keyPath), previous, generateIfMissing);
    }

    /**
     * The auth-service verifies its own tokens with the keys it holds, not over HTTP, chosen by key id as
     * the other services choose them from the JWKS: a token naming a key id that is not ours is refused.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys) {
        return keys.decoder();
    }
}
