package dev.crm.common.events;

import io.nats.client.AuthHandler;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service proves who it is to NATS, and how it knows the server is NATS ({@code crm.nats.*}).
 * A user and password or a token go into the URL ({@code nats://user:password@host:4222}, read by jnats
 * itself). Files named here are checked when the service starts, so a wrong path or a file that is no
 * key stops the start with a message saying which variable to fix, instead of a service that keeps
 * reconnecting and being refused.
 *
 * @param creds    {@code CRM_NATS_CREDS}: a credentials file (user JWT and seed, from {@code nsc}), for servers run in operator mode
 * @param nkeyFile {@code CRM_NATS_NKEY_FILE}: a file holding a user NKEY seed ({@code SU...}), for {@code nkey:} users
 * @param tlsCa    {@code CRM_NATS_TLS_CA}: PEM certificates the server's must chain to, instead of the JVM's trust store;
 *                 implies TLS. A {@code tls://} URL without it uses the JVM's trust store.
 */
@ConfigurationProperties("crm.nats")
public record NatsAuth(String creds, String nkeyFile, String tlsCa) {

    public static final NatsAuth NONE = new NatsAuth(null, null, null);

    public NatsAuth {
        if (present(creds) && present(nkeyFile)) {
            throw new IllegalStateException("Set CRM_NATS_CREDS or CRM_NATS_NKEY_FILE, not both: a NATS user is either a JWT user or an NKEY user");
        }
    }

    /** Adds the credentials and TLS to {@code options}, or fails with what to fix. */
    Options.Builder applyTo(Options.Builder options, String url) {
        if (present(creds)) options.authHandler(checked(Nats.credentials(readable(creds, "CRM_NATS_CREDS")), "CRM_NATS_CREDS", creds, true));
        if (present(nkeyFile)) options.authHandler(checked(Nats.credentials(null, readable(nkeyFile, "CRM_NATS_NKEY_FILE")), "CRM_NATS_NKEY_FILE", nkeyFile, false));
        SSLContext tls = present(tlsCa) ? TrustedCertificates.sslContext(readable(tlsCa, "CRM_NATS_TLS_CA"), "CRM_NATS_TLS_CA")
                : isTls(url) ? TrustedCertificates.jvmDefault() : null;
        if (tls != null) options.sslContext(TrustedCertificates.checkingHostNames(tls));
        return options;
    }

    private static boolean isTls(String url) {
        return url.strip().regionMatches(true, 0, "tls://", 0, 6);
    }

    /** jnats reads the file on each connect (so a rotated file is picked up); reading it once now finds a wrong one at start. */
    private static AuthHandler checked(AuthHandler handler, String variable, String path, boolean needsJwt) {
        try {
            handler.getID();
        } catch (RuntimeException e) {
            throw new IllegalStateException(variable + " names " + path + ", which holds no NATS user seed" + (needsJwt ? " (expected a .creds file made by nsc)" : " (expected a seed starting with SU)"), e);
        }
        if (needsJwt && handler.getJWT() == null) {
            throw new IllegalStateException(variable + " names " + path + ", which holds no user JWT (expected a .creds file made by nsc)");
        }
        return handler;
    }

    static String readable(String path, String variable) {
        if (!Files.isRegularFile(Path.of(path)) || !Files.isReadable(Path.of(path))) {
            throw new IllegalStateException(variable + " names " + path + ", which is not a file this service can read");
        }
        return path;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
