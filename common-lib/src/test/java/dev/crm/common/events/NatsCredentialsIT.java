package dev.crm.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.nats.client.NKey;
import io.nats.client.api.PublishAck;
import io.nats.client.support.JwtUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A service's NATS connection against real nats-servers that require a user: it connects and publishes
 * with the right credentials, and is refused without them or with wrong ones.
 */
class NatsCredentialsIT {

    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) started.get(i).close();
    }

    @Test
    void aUserAndPasswordInTheUrlConnectAndNothingElseDoes() throws Exception {
        NatsServerProcess nats = started(NatsServerProcess.startedWith("--user", "contact", "--pass", "s3cret-pass"));
        String at = "127.0.0.1:" + nats.port();

        assertPublishes(connect("nats://contact:s3cret-pass@" + at, NatsAuth.NONE));
        assertRefused("nats://" + at, NatsAuth.NONE);
        assertRefused("nats://contact:wrong-pass@" + at, NatsAuth.NONE);
    }

    @Test
    void anNkeyUserConnectsWithItsSeedFileAndNotWithAnotherKey() throws Exception {
        NKey contact = NKey.createUser(null);
        NatsServerProcess nats = started(NatsServerProcess.startedWithConfig(
                "authorization { users = [ { nkey: \"" + new String(contact.getPublicKey()) + "\" } ] }\n"));

        assertPublishes(connect(nats.url(), new NatsAuth(null, seedFile(contact), null)));
        assertRefused(nats.url(), NatsAuth.NONE);
        assertRefused(nats.url(), new NatsAuth(null, seedFile(NKey.createUser(null)), null));
    }

    @Test
    void aCredsFileConnectsToAServerInOperatorModeAndAnotherAccountsUserDoesNot() throws Exception {
        NKey operator = NKey.createOperator(null);
        NKey account = NKey.createAccount(null);
        NatsServerProcess nats = started(NatsServerProcess.startedWithConfig(operatorMode(operator, account)));

        assertPublishes(connect(nats.url(), new NatsAuth(credsFile(account), null, null)));
        assertRefused(nats.url(), new NatsAuth(credsFile(NKey.createAccount(null)), null, null));
    }

    /** What {@code nsc} would set up: the operator, a system account and one account with JetStream, preloaded in memory. */
    private static String operatorMode(NKey operator, NKey account) throws Exception {
        NKey system = NKey.createAccount(null);
        String operatorId = new String(operator.getPublicKey());
        String operatorJwt = JwtUtils.issueJWT(operator, operatorId, "crm", null, JwtUtils.currentTimeSeconds(), operatorId,
                () -> "{\"type\":\"operator\",\"version\":2}");
        return "operator: \"" + operatorJwt + "\"\nsystem_account: " + new String(system.getPublicKey())
                + "\nresolver: MEMORY\nresolver_preload: {\n"
                + "  " + new String(system.getPublicKey()) + ": \"" + accountJwt(operator, system, "") + "\"\n"
                + "  " + new String(account.getPublicKey()) + ": \"" + accountJwt(operator, account,
                        ",\"limits\":{\"subs\":-1,\"data\":-1,\"payload\":-1,\"imports\":-1,\"exports\":-1,\"wildcards\":true,"
                        + "\"conn\":-1,\"leaf\":-1,\"mem_storage\":-1,\"disk_storage\":-1,\"streams\":-1,\"consumer\":-1}") + "\"\n}\n";
    }

    private static String accountJwt(NKey operator, NKey account, String claims) throws Exception {
        String operatorId = new String(operator.getPublicKey());
        return JwtUtils.issueJWT(operator, new String(account.getPublicKey()), "crm", null, JwtUtils.currentTimeSeconds(), operatorId,
                () -> "{\"type\":\"account\",\"version\":2" + claims + "}");
    }

    private static String credsFile(NKey account) throws Exception {
        NKey user = NKey.createUser(null);
        String jwt = JwtUtils.issueUserJWT(account, new String(account.getPublicKey()), new String(user.getPublicKey()));
        Path file = Files.createTempFile("user", ".creds");
        Files.writeString(file, String.format(JwtUtils.NATS_USER_JWT_FORMAT, jwt, new String(user.getSeed())));
        return file.toString();
    }

    @Test
    void tlsTrustsTheGivenCaAndChecksTheServersName() throws Exception {
        Path dir = Files.createTempDirectory("nats-tls");
        Path local = selfSigned(dir, "local", "subjectAltName=DNS:localhost,IP:127.0.0.1");
        Path elsewhere = selfSigned(dir, "elsewhere", "subjectAltName=DNS:nats.elsewhere.test");
        NatsServerProcess nats = started(NatsServerProcess.startedWithConfig(tlsConfig(local)));
        NatsServerProcess misnamed = started(NatsServerProcess.startedWithConfig(tlsConfig(elsewhere)));

        assertPublishes(connect("tls://127.0.0.1:" + nats.port(), new NatsAuth(null, null, cert(local))));
        assertNeverConnects("tls://127.0.0.1:" + nats.port(), NatsAuth.NONE); // the JVM's CAs do not know it
        assertNeverConnects("tls://127.0.0.1:" + misnamed.port(), new NatsAuth(null, null, cert(elsewhere)));
    }

    private static String tlsConfig(Path keyAndCert) {
        return "tls { cert_file: \"" + cert(keyAndCert) + "\", key_file: \"" + keyAndCert.resolveSibling(keyAndCert.getFileName() + ".key") + "\" }\n";
    }

    private static String cert(Path keyAndCert) {
        return keyAndCert.resolveSibling(keyAndCert.getFileName() + ".pem").toString();
    }

    /** A key ({@code name.key}) and a self-signed certificate ({@code name.pem}) from openssl; skips the test without it. */
    private static Path selfSigned(Path dir, String name, String altNames) throws IOException, InterruptedException {
        Path base = dir.resolve(name);
        Process openssl;
        try {
            openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=" + name, "-addext", altNames,
                    "-keyout", base + ".key", "-out", base + ".pem").redirectErrorStream(true).start();
        } catch (IOException noOpenssl) {
            assumeThat(false).as("openssl is needed to make a test certificate: " + noOpenssl.getMessage()).isTrue();
            throw noOpenssl;
        }
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS) && openssl.exitValue() == 0).as(output).isTrue();
        return base;
    }

    private static String seedFile(NKey user) throws Exception {
        Path file = Files.createTempFile("user", ".nk");
        Files.writeString(file, new String(user.getSeed()) + "\n");
        return file.toString();
    }

    private NatsServerProcess started(NatsServerProcess nats) {
        started.add(nats);
        return nats;
    }

    private JetStreamConnection connect(String url, NatsAuth auth) {
        JetStreamConnection connection = new JetStreamConnection(url, "credentials-it", auth);
        started.add(connection::destroy);
        return connection;
    }

    private static void assertPublishes(JetStreamConnection connection) throws Exception {
        waitFor(connection::isConnected, Duration.ofSeconds(10));
        assertThat(connection.isConnected()).as("connected").isTrue();
        PublishAck ack = connection.jetStream().publish(EventEnvelope.SUBJECT_PREFIX + "credentials.checked", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(ack.getStream()).isEqualTo(EventEnvelope.STREAM);
    }

    /** Refused credentials stop the start: jnats gives up after the same refusal twice. */
    private static void assertRefused(String url, NatsAuth auth) {
        assertThatThrownBy(() -> new JetStreamConnection(url, "credentials-it", auth))
                .hasMessageContaining("NATS refused credentials-it").hasMessageContaining("Authorization Violation");
    }

    /**
     * A server whose certificate does not check out is retried as if it were down, in the background:
     * the service starts, and after a few tries it is still not connected.
     */
    private static void assertNeverConnects(String url, NatsAuth auth) throws InterruptedException {
        JetStreamConnection connection = new JetStreamConnection(url, "credentials-it", auth);
        Thread.sleep(Duration.ofSeconds(3).toMillis());
        assertThat(connection.isConnected()).as("connected to " + url).isFalse();
        connection.destroy();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(50);
    }
}
