package dev.crm.contact.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.contact.ContactServiceApiTest;
import dev.crm.testing.AdversarialText;
import dev.crm.testing.ApiClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A contact whose email custom field or phone carries a 1 MB value shaped against its check is refused
 * quickly with a problem naming the field, and nothing is stored (a backtracking check once took minutes).
 * The bound is generous (1 s against a measured few ms) so a busy build machine does not fail it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContactLongValueIT extends ContactServiceApiTest {

    private static final Duration BOUND = Duration.ofSeconds(1);

    private ApiClient.Response timed(String name, Supplier<ApiClient.Response> call) {
        call.get(); // warm the path (JIT, connections) so the measurement is of the check
        long start = System.nanoTime();
        ApiClient.Response response = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("POST /api/contacts with a 1 MB %-28s %5d ms%n", name, took.toMillis());
        assertThat(took).as(name).isLessThan(BOUND);
        return response;
    }

    @Test
    void aMegabyteEmailCustomFieldOrPhoneIsRefusedQuicklyAndNothingIsStored() {
        ApiClient.Response defined = admin.api().post("/api/custom-fields",
                Map.of("entityType", "contact", "name", "workEmail", "kind", "EMAIL", "label", "Work email"));
        assertThat(defined.status()).as(defined.text()).isEqualTo(201);

        for (String email : AdversarialText.emails()) {
            ApiClient.Response refused = timed("workEmail " + email.substring(0, 4).strip(),
                    () -> admin.api().post("/api/contacts", Map.of("firstName", "Ada", "customFields", Map.of("workEmail", email))));
            assertField(refused, 400, "customFields.workEmail");
        }
        for (String phone : AdversarialText.phones()) {
            ApiClient.Response refused = timed("phone " + phone.substring(0, 4).strip(),
                    () -> admin.api().post("/api/contacts", Map.of("firstName", "Ada", "phone", phone)));
            assertField(refused, 400, "phone");
        }
        assertThat(rows("contacts", "true")).isZero();
    }
}
