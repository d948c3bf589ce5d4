package dev.crm.gateway.headers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.ApiClient.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No proxy is trusted here: the test client is a browser connecting straight to the gateway. */
class SecurityHeadersIT extends GatewayTest {

    @Test
    void theAppIsServedWithAStrictContentSecurityPolicy() {
        Response page = api().with("Accept", "text/html").get("/");

        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'",
                        "frame-ancestors 'none'", "form-action 'self'", "img-src 'self' data:")
                .doesNotContain("script-src 'self' 'unsafe", "unsafe-eval", "http:", "https:");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void aRevalidatedPageKeepsItsPolicy() {
        Response first = api().with("Accept", "text/html").get("/contacts");
        ApiClient revalidating = api().with("Accept", "text/html");
        if (first.header("ETag") != null) revalidating = revalidating.with("If-None-Match", first.header("ETag"));
        if (first.header("Last-Modified") != null) revalidating = revalidating.with("If-Modified-Since", first.header("Last-Modified"));

        Response again = revalidating.get("/contacts");

        assertThat(again.status()).isEqualTo(304);
        // a browser merges a 304's headers into the page it keeps: a policy for "not a page" would block its scripts
        assertThat(again.header("Content-Security-Policy")).as("the cached page's policy stays").isNull();
    }

    @Test
    void anAppPathGetsTheSamePolicy() {
        Response page = api().with("Accept", "text/html").get("/contacts/new");

        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void pagesMayStyleInlineButNotScript() {
        // an email preview lives in a sandboxed srcdoc frame, which inherits the app's policy, and is styled inline
        for (String path : new String[] {"/", "/swagger-ui/index.html"}) {
            Response page = api().with("Accept", "text/html").get(path);

            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy"))
                    .contains("script-src 'self';", "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'");
        }
    }

    @Test
    void apiAnswersAreNeitherStoredNorSniffed() {
        Response data = member(UUID.randomUUID()).get("/api/contacts");
        Response problem = api().get("/api/contacts");

        assertThat(data.status()).isEqualTo(200);
        for (Response answer : new Response[] {data, problem}) {
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void aClientCannotClaimHttpsToGetStrictTransportSecurity() {
        Response page = api().with("X-Forwarded-Proto", "https").get("/");

        assertThat(page.header("Strict-Transport-Security")).isNull();
    }
}
