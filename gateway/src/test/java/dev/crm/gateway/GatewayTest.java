package dev.crm.gateway;

import dev.crm.testing.ApiClient;
import dev.crm.testing.TestSecrets;
import dev.crm.testing.TestTokens;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway as it runs, on a random port, in front of an {@link Upstream} that stands in for every
 * service, with its rate limits shared through the real Redis on localhost:6379. Limits and sizes are
 * small so that tests reach them quickly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "management.server.port=0",
    "crm.gateway.internal-secret=" + TestSecrets.INTERNAL,
    "crm.gateway.rate-limit.redis-url=redis://localhost:6379",
    "crm.gateway.rate-limit.tracking-per-minute=3",
    "crm.gateway.max-request-bytes=65536",
    "crm.gateway.max-upload-bytes=262144",
    "crm.gateway.max-import-bytes=524288"
})
public abstract class GatewayTest {

    protected static final Upstream UPSTREAM = Upstream.start();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"auth", "tenant", "contact", "deal", "communication"}) {
            registry.add("crm.gateway.services." + service, UPSTREAM::url);
        }
    }

    protected String gateway() {
        return "http://127.0.0.1:" + port;
    }

    protected ApiClient api() {
        return ApiClient.at(gateway());
    }

    /** An address from a range no real client has (198.18.0.0/15, for benchmarks), different each time. */
    protected static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A signed-in member's client: a fresh member of the given organization. */
    protected ApiClient member(UUID tenantId) {
        return api().bearer(memberToken(tenantId));
    }

    /** An access token of a fresh member of the given organization. */
    protected static String memberToken(UUID tenantId) {
        UUID userId = UUID.randomUUID();
        return TestTokens.issue(tenantId, "org" + tenantId.toString().substring(0, 8), userId, "SALES_REP",
                "member-" + userId + "@example.test");
    }
}
