package dev.crm.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.NKey;
import io.nats.client.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong NATS credential setting stops the start and names the variable to fix. */
class NatsAuthTests {

    @TempDir
    Path dir;

    @Test
    void refusesACredsFileThatIsMissing() {
        assertThatThrownBy(() -> apply(new NatsAuth(dir.resolve("missing.creds").toString(), null, null)))
                .hasMessageContaining("CRM_NATS_CREDS names " + dir.resolve("missing.creds"))
                .hasMessageContaining("not a file this service can read");
    }

    @Test
    void refusesACredsFileWithoutAUser() throws Exception {
        Path creds = Files.writeString(dir.resolve("service.creds"), "not a creds file\n");
        assertThatThrownBy(() -> apply(new NatsAuth(creds.toString(), null, null)))
                .hasMessageContaining("CRM_NATS_CREDS names " + creds + ", which holds no NATS user seed");
    }

    @Test
    void refusesAnNkeyFileThatHoldsNoSeed() throws Exception {
        Path seed = Files.writeString(dir.resolve("service.nk"), "UABCNOTASEED\n");
        assertThatThrownBy(() -> apply(new NatsAuth(null, seed.toString(), null)))
                .hasMessageContaining("CRM_NATS_NKEY_FILE names " + seed + ", which holds no NATS user seed");
    }

    @Test
    void acceptsAnNkeySeedFile() throws Exception {
        Path seed = Files.writeString(dir.resolve("service.nk"), new String(NKey.createUser(null).getSeed()) + "\n");
        assertThat(apply(new NatsAuth(null, seed.toString(), null)).build().getAuthHandler()).isNotNull();
    }

    @Test
    void refusesBothACredsFileAndAnNkey() {
        assertThatThrownBy(() -> new NatsAuth("a.creds", "b.nk", null))
                .hasMessageContaining("Set CRM_NATS_CREDS or CRM_NATS_NKEY_FILE, not both");
    }

    @Test
    void refusesACaFileWithoutACertificate() throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN NOTHING-----\n");
        assertThatThrownBy(() -> apply(new NatsAuth(null, null, ca.toString())))
                .hasMessageContaining("CRM_NATS_TLS_CA names " + ca + ", which holds no usable certificate");
    }

    @Test
    void aTlsUrlUsesTlsWithTheJvmsCas() {
        assertThat(apply(NatsAuth.NONE, "tls://nats.internal:4222").build().getSslContext()).isNotNull();
        assertThat(apply(NatsAuth.NONE, "nats://nats.internal:4222").build().getSslContext()).isNull();
    }

    private static Options.Builder apply(NatsAuth auth) {
        return apply(auth, "nats://127.0.0.1:4222");
    }

    private static Options.Builder apply(NatsAuth auth, String url) {
        return auth.applyTo(Options.builder().server(url), url);
    }
}
