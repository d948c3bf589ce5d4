package dev.crm.auth.throttling;

import dev.crm.common.security.ClientAddressProof;
import dev.crm.common.security.RotatingSecret;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The client's address that the per-address limits count: what the gateway saw when the gateway says so
 * ({@code X-Client-Ip} with its proof), else the connection's. A caller that reaches this service's own
 * port and names an address of its choosing, a fresh one per attempt, is counted as itself.
 */
@Component
public class ClientAddress {

    private static final Logger log = LoggerFactory.getLogger(ClientAddress.class);
    private static final long WARN_EVERY = Duration.ofMinutes(1).toNanos();

    private final ClientAddressProof proofs;
    private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - WARN_EVERY);

    ClientAddress(RotatingSecret internalSecret) {
        this.proofs = new ClientAddressProof(internalSecret);
    }

    public String of(HttpServletRequest request) {
        String named = request.getHeader(ClientAddressProof.ADDRESS_HEADER);
        if (named == null) return request.getRemoteAddr();
        if (proofs.verifies(named, request.getHeader(ClientAddressProof.PROOF_HEADER))) return named;
        warnUnproven(request.getRemoteAddr());
        return request.getRemoteAddr();
    }

    /**
     * Said at most once a minute (a caller could send many): a gateway whose internal secret is not this
     * service's would make every client the gateway's one address, which no error would show otherwise.
     */
    private void warnUnproven(String peer) {
        long now = System.nanoTime();
        long last = lastWarned.get();
        if (now - last >= WARN_EVERY && lastWarned.compareAndSet(last, now)) {
            log.warn("A client address without the gateway's proof came from {}, which was counted as the client: a caller"
                    + " on this service's own port, or a gateway whose CRM_INTERNAL_SECRET is not this service's", peer);
        }
    }
}
