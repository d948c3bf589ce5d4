package dev.crm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Sign-in throttling holds under a race: the bucket is spent before the password is checked. */
class SignInThrottlingIT extends AuthApiTest {

    @Test
    void fiftyParallelWrongPasswordsForOneAccountVerifyAtMostFive() throws Exception {
        Map<String, String> wrong = Map.of("tenant", acme.subdomain(), "email", acme.adminEmail(), "password", "wrong guess");
        List<Callable<ApiClient.Response>> guesses = IntStream.range(0, 50)
                .<Callable<ApiClient.Response>>mapToObj(i -> () -> fromOwnAddress().post("/api/auth/login", wrong))
                .toList();
        double verifiedBefore = hashings("verify");

        ExecutorService clients = Executors.newFixedThreadPool(50);
        List<ApiClient.Response> answers = clients.invokeAll(guesses).stream().map(SignInThrottlingIT::answer).toList();
        clients.shutdown();

        assertThat(hashings("verify") - verifiedBefore).as("passwords checked").isLessThanOrEqualTo(5);
        assertThat(answers.stream().filter(r -> r.status() == 401).count()).isLessThanOrEqualTo(5);
        List<ApiClient.Response> throttled = answers.stream().filter(r -> r.status() == 429).toList();
        assertThat(throttled).hasSize(50 - (int) answers.stream().filter(r -> r.status() == 401).count());
        assertThat(throttled).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 60L);
        });
    }

    private static ApiClient.Response answer(Future<ApiClient.Response> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
