package dev.crm.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import dev.crm.auth.keys.SigningKeys;
import dev.crm.auth.users.User;
import dev.crm.common.security.Role;
import dev.crm.common.security.TokenCutoffs;
import dev.crm.common.tenant.CurrentTenant;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A key rotation: the new key is mounted as CRM_JWT_KEY_PATH and the old one as CRM_JWT_PREVIOUS_KEY_PATH;
 * new tokens are signed with the new key, the old key's tokens stay valid until they expire, and once the
 * previous key is unmounted they are refused.
 */
class KeyRotationTests {

    private static final User MEMBER = new User("ada@acme.test", "Ada", "hash", Role.ADMIN);
    private static final CurrentTenant ACME = new CurrentTenant(UUID.randomUUID(), "acme", "acme_1");

    @TempDir
    Path keys;

    private static String issue(SigningKeys keys, Duration ttl) {
        return new AccessTokens(keys, mock(TokenCutoffs.class), ttl).issue(MEMBER, ACME, UUID.randomUUID());
    }

    @Test
    void tokensOfThePreviousKeyStayValidUntilTheyExpireAndNewOnesUseTheNewKey() {
        Path oldKey = keys.resolve("old.pem");
        Path newKey = keys.resolve("new.pem");
        SigningKeys before = SigningKeys.load(oldKey, Optional.empty(), true);
        String oldToken = issue(before, Duration.ofMinutes(15));
        String oldExpired = issue(before, Duration.ofMinutes(-5));

        SigningKeys rotating = SigningKeys.load(newKey, Optional.of(oldKey), true);
        String newToken = issue(rotating, Duration.ofMinutes(15));
        JwtDecoder decoder = rotating.decoder();

        assertThat(decoder.decode(newToken).getHeaders().get("kid")).isEqualTo(rotating.keyId()).isNotEqualTo(before.keyId());
        assertThat(decoder.decode(oldToken).getHeaders().get("kid")).isEqualTo(before.keyId());
        assertThatThrownBy(() -> decoder.decode(oldExpired)).isInstanceOf(JwtException.class);
        assertThat(kids(rotating.jwks())).containsExactly(rotating.keyId(), before.keyId());

        SigningKeys after = SigningKeys.load(newKey, Optional.empty(), false);
        assertThat(kids(after.jwks())).containsExactly(rotating.keyId());
        assertThatThrownBy(() -> after.decoder().decode(oldToken)).isInstanceOf(JwtException.class);
        assertThat(after.decoder().decode(newToken).getSubject()).isEqualTo(MEMBER.getId().toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> kids(Map<String, Object> jwks) {
        return ((List<Map<String, Object>>) jwks.get("keys")).stream().map(k -> (String) k.get("kid")).toList();
    }
}
