package dev.crm.deal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deal.DealServiceApiTest;
import dev.crm.testing.ApiClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Won and Lost buttons of the deal page and the board's drop zones: a stage move to the won or lost stage, by the rules. */
class WonLostMovesIT extends DealServiceApiTest {

    @Test
    void wonIsAMoveToTheWonStageThatClosesTheDeal() {
        String id = deal("Tailspin renewal", Map.of("value", 5000, "stageId", stage.get("Qualified"))).field("id");

        ApiClient.Response won = admin.api().patch("/api/deals/" + id, Map.of("stageId", stage.get("Closed Won"), "version", 0));

        assertThat(won.status()).as(won.text()).isEqualTo(200);
        assertThat(won.field("status")).isEqualTo("WON");
        assertThat(won.json().get("closedAt").isNull()).isFalse();
        assertThat(admin.api().get("/api/deals/" + id + "/history").json().get("items").findValuesAsString("toStageName"))
                .containsExactly("Closed Won", "Qualified");
    }

    @Test
    void lostIsAMoveToTheLostStageThatNeedsAReason() {
        String id = deal("Wingtip pilot", Map.of()).field("id");
        String path = "/api/deals/" + id;

        ApiClient.Response noReason = admin.api().patch(path, Map.of("stageId", stage.get("Closed Lost"), "version", 0));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(noReason.json().get("errors").findValuesAsString("field")).containsExactly("lostReason");

        ApiClient.Response lost = admin.api().patch(path,
                Map.of("stageId", stage.get("Closed Lost"), "lostReason", "Chose a cheaper vendor", "version", 0));
        assertThat(lost.status()).as(lost.text()).isEqualTo(200);
        assertThat(lost.field("status")).isEqualTo("LOST");
        assertThat(lost.field("lostReason")).isEqualTo("Chose a cheaper vendor");
    }

    @Test
    void aWonMoveTheRulesForbidIsRefusedWithTheReason() {
        leadMayMoveOnlyTo("Qualified", "Closed Lost");
        String id = deal("Too early", Map.of("value", 10)).field("id");

        ApiClient.Response refused = admin.api().patch("/api/deals/" + id, Map.of("stageId", stage.get("Closed Won"), "version", 0));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.field("code")).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(refused.field("detail")).isEqualTo("A deal in Lead cannot move to Closed Won: it may move only to Qualified or Closed Lost.");
        assertThat(admin.api().get("/api/deals/" + id).field("status")).isEqualTo("OPEN");
    }
}
