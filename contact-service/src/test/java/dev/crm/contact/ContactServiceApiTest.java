package dev.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import dev.crm.testing.SchemaOwnerContract;
import dev.crm.testing.ServiceApiTest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The contact-service on a random port against real PostgreSQL and NATS (see {@link ServiceApiTest}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + SchemaOwnerContract.INTERNAL_SECRET,
    ServiceApiTest.OWN_CONSUMERS
})
@Import(ServiceApiTest.Tokens.class)
public abstract class ContactServiceApiTest extends ServiceApiTest {

    /** A contact created by the admin through the API; its id. */
    protected String contact(String first, String last, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("firstName", first);
        body.put("lastName", last);
        ApiClient.Response r = admin.api().post("/api/contacts", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.field("id");
    }
}
