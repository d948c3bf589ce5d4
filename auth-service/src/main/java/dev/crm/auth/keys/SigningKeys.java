package dev.crm.auth.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.crm.common.security.AccessTokenValidation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The RSA keys of access tokens, each a PKCS#8 PEM file (a mounted secret in production). The current
 * key signs; during a rotation the previous one is still published in the JWKS and accepted, so its
 * tokens stay valid until they expire. A missing key file is created only when asked for
 * ({@code crm.jwt.generate-if-missing}: tests, or a local setup); otherwise the service refuses to start.
 */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private record Key(RSAPrivateCrtKey privateKey, RSAPublicKey publicKey, String id) {}

    private final Key current;
    private final List<Key> published;

    private SigningKeys(Key current, List<Key> previous) {
        this.current = current;
        this.published = new ArrayList<>(List.of(current));
        previous.stream().filter(k -> !k.id().equals(current.id())).forEach(published::add);
    }

    public static SigningKeys load(Path currentPem, Optional<Path> previousPem, boolean generateIfMissing) {
        try {
            if (!Files.exists(currentPem)) {
                if (!generateIfMissing) {
                    throw new IllegalStateException("No token signing key at " + currentPem.toAbsolutePath() + ". Mount the RSA"
                            + " private key (PKCS#8 PEM) and point CRM_JWT_KEY_PATH at it; only for a local or test setup, set"
                            + " CRM_JWT_GENERATE_IF_MISSING=true (crm.jwt.generate-if-missing) to create one there.");
                }
                create(currentPem);
            }
            List<Key> previous = new ArrayList<>();
            if (previousPem.isPresent()) previous.add(key(Files.readString(previousPem.get())));
            return new SigningKeys(key(Files.readString(currentPem)), previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + currentPem, e);
        }
    }

    private static Key key(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey priv = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
            return new Key(priv, pub, thumbprint(pub));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("The signing key is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static String newPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
            return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void create(Path pem) throws IOException {
        if (pem.getParent() != null) Files.createDirectories(pem.getParent());
        Files.writeString(pem, newPem(), StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(pem, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        log.warn("Created a new token signing key at {} (crm.jwt.generate-if-missing is on)", pem);
    }

    public RSAPrivateCrtKey privateKey() {
        return current.privateKey();
    }

    public String keyId() {
        return current.id();
    }

    /** The public keys as a JSON Web Key Set: the current one first. */
    public Map<String, Object> jwks() {
        return jwkSet().toJSONObject(true);
    }

    /** Verifies tokens signed with any published key, by their {@code kid}, with the platform's validation. */
    public JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(jwkSet()))
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(AccessTokenValidation.validator());
        return decoder;
    }

    private JWKSet jwkSet() {
        return new JWKSet(published.stream().<com.nimbusds.jose.jwk.JWK>map(k -> new RSAKey.Builder(k.publicKey())
                .keyID(k.id()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build()).toList());
    }

    private static String thumbprint(RSAPublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
