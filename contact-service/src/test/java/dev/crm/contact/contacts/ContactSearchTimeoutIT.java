package dev.crm.contact.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.contact.ContactServiceApiTest;
import dev.crm.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A search that cannot be ranked in time answers 422 and frees its connection, instead of running on. */
@TestPropertySource(properties = "crm.contacts.search-timeout=1ms")
class ContactSearchTimeoutIT extends ContactServiceApiTest {

    @Test
    void aTooBroadSearchIsRefusedNotLeftRunning() {
        jdbc.update("insert into " + acme.schema() + ".contacts (id, first_name, last_name, created_at, updated_at) "
                + "select gen_random_uuid(), 'Ada', 'Byron ' || g, now(), now() from generate_series(1, 20000) g");

        ApiClient.Response broad = admin.api().get("/api/contacts?q=byron");

        assertThat(broad.status()).as(broad.text()).isEqualTo(422);
        assertThat(broad.field("code")).isEqualTo("SEARCH_TOO_BROAD");
        assertThat(admin.api().get("/api/contacts/trash?limit=1").status()).as("the service answers on").isEqualTo(200);
    }
}
