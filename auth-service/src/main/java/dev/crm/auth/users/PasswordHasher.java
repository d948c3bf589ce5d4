package dev.crm.auth.users;

import dev.crm.auth.AuthError;
import dev.crm.common.web.CrmException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * bcrypt at cost 10 or more (~90 ms a check on this hardware). At most one hash per core runs at once,
 * so a storm of sign-ins queues here instead of starving every other request of CPU. An unknown
 * account is checked against a dummy hash, so its answer takes as long as a wrong password's. Each
 * computation is counted ({@code crm.auth.password.hashings}): the hasher is the scarce resource that
 * throttling protects.
 */
@Component
public class PasswordHasher {

    private final BCryptPasswordEncoder bcrypt;
    private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    private final String dummyHash;
    private final Counter hashed;
    private final Counter verified;

    PasswordHasher(@Value("${crm.passwords.bcrypt-cost}") int cost, MeterRegistry meters) {
        if (cost < 10) throw new IllegalArgumentException("bcrypt cost below 10 is under OWASP's minimum");
        this.bcrypt = new BCryptPasswordEncoder(cost);
        this.dummyHash = bcrypt.encode("not a password anyone has");
        this.hashed = meters.counter("crm.auth.password.hashings", "operation", "hash");
        this.verified = meters.counter("crm.auth.password.hashings", "operation", "verify");
    }

    public String hash(String password) {
        hashed.increment();
        return bounded(() -> bcrypt.encode(password));
    }

    /** Checks a password against a stored hash, or against a dummy when there is no account. */
    public boolean matches(String password, String storedHashOrNull) {
        String hash = storedHashOrNull == null ? dummyHash : storedHashOrNull;
        verified.increment();
        boolean ok = bounded(() -> bcrypt.matches(password, hash));
        return ok && storedHashOrNull != null;
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        try {
            if (!slots.tryAcquire(10, TimeUnit.SECONDS)) {
                throw CrmException.retryLater(AuthError.BUSY, "Too many sign-ins at once. Please retry in a moment.", 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CrmException.retryLater(AuthError.BUSY, "Please retry in a moment.", 2);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
