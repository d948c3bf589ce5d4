package dev.crm.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTests {

    @TempDir
    Path dir;

    @Test
    void refusesToStartWithoutAKeyUnlessAskedToCreateOne() {
        Path missing = dir.resolve("secrets/jwt-signing.pem");

        assertThatThrownBy(() -> SigningKeys.load(missing, Optional.empty(), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No token signing key at " + missing.toAbsolutePath())
                .hasMessageContaining("CRM_JWT_KEY_PATH")
                .hasMessageContaining("CRM_JWT_GENERATE_IF_MISSING=true");
        assertThat(missing).doesNotExist();
    }

    @Test
    void createsAKeyOnceWhenAskedAndReadsTheSameOneAfterwards() throws Exception {
        Path pem = dir.resolve("jwt-signing.pem");
        SigningKeys created = SigningKeys.load(pem, Optional.empty(), true);
        assertThat(Files.readString(pem)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(SigningKeys.load(pem, Optional.empty(), false).keyId()).isEqualTo(created.keyId());
    }

    @Test
    void refusesAFileThatIsNoKey() throws Exception {
        Path pem = Files.writeString(dir.resolve("jwt-signing.pem"), "not a key");
        assertThatThrownBy(() -> SigningKeys.load(pem, Optional.empty(), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PKCS#8 PEM");
    }
}
