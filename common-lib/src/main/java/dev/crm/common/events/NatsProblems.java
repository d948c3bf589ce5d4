package dev.crm.common.events;

import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says why NATS cannot be reached or refuses the service (wrong password, unknown key, a certificate
 * that does not check out), once per change rather than on every retry, and remembers the last reason.
 */
final class NatsProblems implements ErrorListener {

    private static final Logger log = LoggerFactory.getLogger(NatsProblems.class);

    private volatile String last;
    private volatile String refusal;

    @Override
    public void errorOccurred(Connection connection, String error) {
        refusal = "NATS reported: " + error;
        report(refusal);
    }

    @Override
    public void exceptionOccurred(Connection connection, Exception exception) {
        Throwable cause = exception;
        while (cause.getCause() != null) cause = cause.getCause();
        report("NATS connection failed: " + cause);
    }

    private void report(String problem) {
        if (!Objects.equals(problem, last)) log.warn(problem);
        last = problem;
    }

    /** Whether the server itself refused the connection (credentials, permissions), rather than not answering. */
    boolean refused() {
        return refusal != null;
    }

    /** What the server said, rather than the client's time-out that follows it; else the last failure. */
    String reason() {
        return refusal != null ? refusal : last != null ? last : "no reason given";
    }
}
