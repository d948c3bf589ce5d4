package dev.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Redis configured but not answering (nothing listens on port 1): every read goes to the database, no request fails. */
@TestPropertySource(properties = "crm.cache.redis-url=redis://127.0.0.1:1")
class ContactCacheOutageIT extends ContactServiceApiTest {

    @Test
    void readsAndChangesWorkFromTheDatabaseWhileRedisIsDown() {
        String id = contact("Ada", "Lovelace", Map.of());
        String path = "/api/contacts/" + id;
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            ApiClient.Response r = admin.api().get(path);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("20 reads in ms: no waiting on Redis").isLessThan(2_000);

        jdbc.update("update " + acme.schema() + ".contacts set title = 'Changed behind the service' where id = ?", UUID.fromString(id));
        assertThat(admin.api().get(path).field("title")).as("read from the database").isEqualTo("Changed behind the service");
        assertThat(admin.api().patch(path, Map.of("title", "Countess")).status()).isEqualTo(200);
        assertThat(admin.api().get(path).field("title")).isEqualTo("Countess");
        assertThat(admin.api().delete(path).status()).isEqualTo(204);
        assertThat(admin.api().get(path).status()).isEqualTo(404);

        assertThat(ContactCacheIT.metric(port, "crm_cache_errors_total")).as("the failures are counted").isPositive();
        assertThat(ContactCacheIT.metric(port, "crm_cache_gets_total", "result=\"bypass\"")).as("then Redis is left alone").isPositive();
    }
}
