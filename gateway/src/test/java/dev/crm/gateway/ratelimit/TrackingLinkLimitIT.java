package dev.crm.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.gateway.GatewayTest;
import dev.crm.testing.ApiClient.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tests' gateway allows three requests a minute per tracking link. */
class TrackingLinkLimitIT extends GatewayTest {

    @Test
    void aTrackingLinkCannotBeUsedToFlood() {
        String link = "/t/o/" + UUID.randomUUID();

        List<Response> answers = Stream.generate(() -> api().get(link)).limit(4).toList();
        Response another = api().get("/t/c/" + UUID.randomUUID());

        assertThat(answers).extracting(Response::status).containsExactly(200, 200, 200, 429);
        assertThat(answers.get(3).header("Retry-After")).isNotNull();
        assertThat(answers.get(3).contentType()).startsWith("application/problem+json");
        assertThat(another.status()).isEqualTo(200);
    }
}
