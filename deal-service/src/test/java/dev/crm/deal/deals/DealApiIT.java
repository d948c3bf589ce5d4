package dev.crm.deal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deal.DealServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Deals against real PostgreSQL: what a member sees, and what the stage rules, the roles and tenancy allow. */
class DealApiIT extends DealServiceApiTest {

    private List<String> historyOf(String id) {
        return admin.api().get("/api/deals/" + id + "/history").json().get("items").findValuesAsString("toStageName");
    }

    @Test
    void aNewDealStartsInTheDefaultPipelinesFirstStage() {
        ApiClient.Response created = deal(" Acme renewal ", Map.of("value", 1200.5, "currency", "eur"));

        String id = created.field("id");
        assertThat(created.header("Location")).isEqualTo("/api/deals/" + id);
        assertThat(created.field("name")).isEqualTo("Acme renewal");
        assertThat(created.json().get("value").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(created.field("currency")).isEqualTo("EUR");
        assertThat(created.field("pipelineId")).isEqualTo(pipelineId);
        assertThat(created.field("stageId")).isEqualTo(stage.get("Lead"));
        assertThat(created.field("status")).isEqualTo("OPEN");
        assertThat(created.field("ownerId")).isEqualTo(admin.id().toString());
        assertThat(created.field("version")).isEqualTo("0");
        assertThat(admin.api().get("/api/deals/" + id).json()).isEqualTo(created.json());
        assertThat(acme.as("VIEWER").api().get("/api/deals").json().get("items").findValuesAsString("id")).containsExactly(id);
        assertThat(historyOf(id)).containsExactly("Lead");
        assertThat(deal("No currency", Map.of()).field("currency")).isEqualTo("USD");
    }

    @Test
    void invalidDealsAreRefusedFieldByFieldAndNothingIsStored() {
        assertField(admin.api().post("/api/deals", Map.of("value", 5)), 400, "name");
        assertField(admin.api().post("/api/deals", Map.of("name", "A", "value", -1)), 400, "value");
        assertField(admin.api().post("/api/deals", Map.of("name", "A", "value", 1.234)), 400, "value");
        assertField(admin.api().post("/api/deals", Map.of("name", "A", "currency", "XYZ")), 400, "currency");
        assertField(admin.api().post("/api/deals", Map.of("name", "A", "currency", "euro")), 400, "currency");
        assertField(admin.api().post("/api/deals", Map.of("name", "A", "pipelineId", "0190a0c0-0000-7000-8000-000000000000")), 400, "pipelineId");
        assertField(admin.api().post("/api/deals", Map.of("name", "A", "stageId", "0190a0c0-0000-7000-8000-000000000000")), 400, "stageId");
        assertField(admin.api().post("/api/deals", Map.of("name", "A", "customFields", Map.of("x", 1))), 400, "customFields.x");
        assertThat(admin.api().post("/api/deals", Map.of("name", "A", "expectedCloseDate", "next week")).status()).isEqualTo(400);
        assertThat(admin.api().post("/api/deals", Map.of("name", "A", "status", "MAYBE")).status()).isEqualTo(400);
        assertThat(admin.api().post("/api/deals", Map.of("name", "A", "colour", "red")).status()).as("unknown field").isEqualTo(400);
        assertThat(admin.api().get("/api/deals?limit=101").status()).isEqualTo(400);
        assertThat(rows("deals", "true")).isZero();
    }

    @Test
    void aStageChangeMustBeAllowedFromTheCurrentStage() {
        leadMayMoveOnlyTo("Qualified", "Closed Lost");
        String id = deal("Skipper", Map.of("value", 10, "expectedCloseDate", "2027-01-31")).field("id");

        ApiClient.Response refused = admin.api().patch("/api/deals/" + id, Map.of("stageId", stage.get("Proposal")));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.field("code")).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(refused.field("detail")).isEqualTo("A deal in Lead cannot move to Proposal: it may move only to Qualified or Closed Lost.");
        Map<String, Object> put = Map.of("name", "Skipper", "stageId", stage.get("Negotiation"), "version", 0);
        assertThat(admin.api().put("/api/deals/" + id, put).field("code")).as("PUT passes the same rules").isEqualTo("TRANSITION_NOT_ALLOWED");
        ApiClient.Response bulk = admin.api().post("/api/deals/bulk/stage", Map.of("dealIds", List.of(id), "stageId", stage.get("Proposal")));
        assertThat(bulk.status()).as("and the bulk call").isEqualTo(422);
        assertThat(bulk.field("code")).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(admin.api().get("/api/deals/" + id).field("stageId")).isEqualTo(stage.get("Lead"));

        ApiClient.Response moved = admin.api().patch("/api/deals/" + id, Map.of("stageId", stage.get("Qualified")));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(historyOf(id)).containsExactly("Qualified", "Lead");
    }

    @Test
    void aStageNeedsItsRequiredFieldsAndTheRefusalNamesEachOne() {
        String id = deal("Quiet one", Map.of()).field("id");
        String path = "/api/deals/" + id;

        ApiClient.Response refused = admin.api().patch(path, Map.of("stageId", stage.get("Proposal")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.field("code")).isEqualTo("STAGE_REQUIREMENTS_MISSING");
        assertThat(refused.field("detail")).isEqualTo("Proposal needs a value and an expected close date.");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("value", "expectedCloseDate");
        assertThat(refused.json().get("errors").findValuesAsString("message")).contains("Proposal needs a value.");
        assertThat(admin.api().post("/api/deals", Map.of("name", "Straight in", "stageId", stage.get("Proposal"))).field("code"))
                .as("creating a deal in the stage too").isEqualTo("STAGE_REQUIREMENTS_MISSING");

        ApiClient.Response satisfied = admin.api().patch(path, Map.of("stageId", stage.get("Proposal"), "value", 5000, "expectedCloseDate", "2027-02-15"));
        assertThat(satisfied.status()).as(satisfied.text()).isEqualTo(200);
        assertThat(satisfied.field("stageId")).isEqualTo(stage.get("Proposal"));
        assertThat(satisfied.field("version")).isEqualTo("1");

        ApiClient.Response noReason = admin.api().patch(path, Map.of("status", "LOST"));
        assertThat(noReason.json().get("errors").findValuesAsString("field")).containsExactly("lostReason");
        ApiClient.Response lost = admin.api().patch(path, Map.of("status", "LOST", "lostReason", "Budget cut"));
        assertThat(lost.status()).as(lost.text()).isEqualTo(200);
        assertThat(lost.field("stageId")).isEqualTo(stage.get("Closed Lost"));
        assertThat(lost.field("status")).isEqualTo("LOST");
        assertThat(lost.json().get("closedAt").isNull()).isFalse();
        assertThat(historyOf(id)).containsExactly("Closed Lost", "Proposal", "Lead");
    }

    @Test
    void closingByStatusOrStageSetsStatusAndCloseDateAndReopeningClearsIt() {
        String path = "/api/deals/" + deal("Winner", Map.of("value", 10)).field("id");

        ApiClient.Response won = admin.api().patch(path, Map.of("stageId", stage.get("Closed Won")));
        assertThat(won.field("status")).isEqualTo("WON");
        assertThat(won.json().get("closedAt").isNull()).isFalse();
        assertField(admin.api().patch(path, Map.of("status", "OPEN")), 400, "stageId");
        assertField(admin.api().patch(path, Map.of("stageId", stage.get("Lead"), "status", "LOST")), 400, "status");

        ApiClient.Response reopened = admin.api().patch(path, Map.of("stageId", stage.get("Negotiation")));
        assertThat(reopened.field("status")).isEqualTo("OPEN");
        assertThat(reopened.json().get("closedAt").isNull()).isTrue();
    }

    @Test
    void putReplacesWithTheCurrentVersionAndRefusesAStaleOne() {
        String path = "/api/deals/" + deal("Versioned", Map.of("value", 1)).field("id");
        Map<String, Object> update = new HashMap<>(Map.of("name", "Versioned", "value", 2));

        assertField(admin.api().put(path, update), 400, "version");
        update.put("version", 0);
        ApiClient.Response replaced = admin.api().put(path, update);
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.json().get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(replaced.field("stageId")).as("a PUT without a stage keeps it").isEqualTo(stage.get("Lead"));

        update.put("value", 3);
        assertThat(admin.api().put(path, update).status()).as("stale").isEqualTo(409);
        assertThat(admin.api().patch(path, Map.of("value", 4, "version", 0)).status()).as("stale patch").isEqualTo(409);
        assertThat(admin.api().get(path).json().get("value").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void aBulkMoveMovesEveryDealOrNone() {
        String ready = deal("Ready", Map.of("value", 1, "expectedCloseDate", "2027-03-01")).field("id");
        String bare = deal("Bare", Map.of()).field("id");

        ApiClient.Response refused = admin.api().post("/api/deals/bulk/stage", Map.of("dealIds", List.of(ready, bare), "stageId", stage.get("Proposal")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.field("code")).isEqualTo("STAGE_REQUIREMENTS_MISSING");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly(bare + ".value", bare + ".expectedCloseDate");
        assertThat(admin.api().get("/api/deals/" + ready).field("stageId")).as("none moved").isEqualTo(stage.get("Lead"));

        ApiClient.Response lost = admin.api().post("/api/deals/bulk/stage",
                Map.of("dealIds", List.of(ready, bare), "stageId", stage.get("Closed Lost"), "lostReason", "Went quiet"));
        assertThat(lost.status()).as(lost.text()).isEqualTo(200);
        assertThat(lost.json().get("items").findValuesAsString("status")).containsExactly("LOST", "LOST");
        assertThat(historyOf(bare)).containsExactly("Closed Lost", "Lead");
        assertThat(admin.api().post("/api/deals/bulk/stage", Map.of("dealIds", List.of(), "stageId", stage.get("Lead"))).status()).isEqualTo(400);
    }

    @Test
    void theListFiltersAndPagesNewestFirst() {
        Member rep = acme.as("SALES_REP");
        String first = deal("First", Map.of()).field("id");
        String second = deal(rep.api(), "Second", Map.of("stageId", stage.get("Qualified"))).field("id");
        String third = deal("Third", Map.of("stageId", stage.get("Qualified"))).field("id");

        JsonNode page1 = admin.api().get("/api/deals?limit=2").json();
        assertThat(page1.get("items").findValuesAsString("id")).containsExactly(third, second);
        JsonNode page2 = admin.api().get("/api/deals?limit=2&cursor=" + page1.get("nextCursor").asString()).json();
        assertThat(page2.get("items").findValuesAsString("id")).containsExactly(first);
        assertThat(page2.get("nextCursor").isNull()).isTrue();
        assertThat(admin.api().get("/api/deals?stageId=" + stage.get("Qualified")).json().get("items").findValuesAsString("id"))
                .containsExactly(third, second);
        assertThat(admin.api().get("/api/deals?ownerId=" + rep.id()).json().get("items").findValuesAsString("id")).containsExactly(second);
        assertThat(admin.api().get("/api/deals?status=WON").json().get("items")).isEmpty();
    }

    @Test
    void theBoardShowsEachStageWithItsCountTotalsAndFirstPage() {
        deal("A", Map.of("value", 100, "currency", "EUR"));
        deal("B", Map.of("value", 50.25, "currency", "EUR"));
        deal("C", Map.of("value", 7, "currency", "USD"));
        String q = deal("Q", Map.of("stageId", stage.get("Qualified"))).field("id");

        JsonNode board = admin.api().get("/api/deals/board?limit=2").json();
        assertThat(board.get("pipeline").get("id").asString()).isEqualTo(pipelineId);
        JsonNode lead = board.get("columns").get(0);
        assertThat(lead.get("stage").get("name").asString()).isEqualTo("Lead");
        assertThat(lead.get("count").asLong()).isEqualTo(3);
        assertThat(lead.get("totals").get("EUR").decimalValue()).isEqualByComparingTo("150.25");
        assertThat(lead.get("totals").get("USD").decimalValue()).isEqualByComparingTo("7");
        assertThat(lead.get("items").findValuesAsString("name")).containsExactly("C", "B");
        String more = admin.api().get("/api/deals?stageId=" + stage.get("Lead") + "&limit=2&cursor=" + lead.get("nextCursor").asString())
                .json().get("items").findValuesAsString("name").toString();
        assertThat(more).isEqualTo("[A]");
        assertThat(board.get("columns").get(1).get("items").findValuesAsString("id")).containsExactly(q);
        assertThat(board.get("columns")).hasSize(6);
        assertThat(board.get("columns").get(5).get("count").asLong()).isZero();
    }

    @Test
    void theBoardsWonAndLostColumnsShowTheDealsClosedLately() {
        String recent = deal("Won lately", Map.of("value", 10, "status", "WON")).field("id");
        String old = deal("Won long ago", Map.of("value", 20, "status", "WON")).field("id");
        jdbc.update("update " + acme.schema() + ".deals set closed_at = now() - interval '40 days' where id = ?::uuid", old);

        JsonNode board = admin.api().get("/api/deals/board").json();
        JsonNode won = board.get("columns").get(4);
        assertThat(won.get("stage").get("name").asString()).isEqualTo("Closed Won");
        assertThat(won.get("count").asLong()).as("closed in the last 30 days").isEqualTo(1);
        assertThat(won.get("items").findValuesAsString("id")).containsExactly(recent);
        String closedAfter = board.get("closedAfter").asString();
        assertThat(admin.api().get("/api/deals?stageId=" + stage.get("Closed Won") + "&closedAfter=" + closedAfter)
                .json().get("items").findValuesAsString("id")).as("its further pages keep the window").containsExactly(recent);

        JsonNode longer = admin.api().get("/api/deals/board?closedWithinDays=60").json().get("columns").get(4);
        assertThat(longer.get("count").asLong()).isEqualTo(2);
        assertThat(longer.get("totals").get("USD").decimalValue()).isEqualByComparingTo("30");
        assertField(admin.api().get("/api/deals/board?closedWithinDays=0"), 400, "closedWithinDays");
    }

    @Test
    void aDealThatSatInAStageTooLongIsRotting() {
        String lead = "/api/pipelines/" + pipelineId + "/stages/" + stage.get("Lead");
        admin.api().put(lead, Map.of("name", "Lead", "probability", 10, "rottingDays", 7, "version", 0));
        String stale = deal("Stale", Map.of()).field("id");
        String fresh = deal("Fresh", Map.of()).field("id");
        jdbc.update("update " + acme.schema() + ".deals set stage_entered_at = now() - interval '8 days' where id = ?::uuid", stale);

        assertThat(admin.api().get("/api/deals/" + stale).json().get("rotting").asBoolean()).isTrue();
        assertThat(admin.api().get("/api/deals/" + fresh).json().get("rotting").asBoolean()).isFalse();
        assertThat(admin.api().get("/api/deals/board").json().get("columns").get(0).get("rotting").asLong()).isEqualTo(1);
    }

    @Test
    void salesRepsChangeOnlyTheirOwnDealsAndViewersNothing() {
        Member rep = acme.as("SALES_REP");
        Member otherRep = acme.as("SALES_REP");
        Member viewer = acme.as("VIEWER");
        String repsDeal = "/api/deals/" + deal(rep.api(), "Rep's", Map.of()).field("id");
        String adminsDeal = "/api/deals/" + deal("Admin's", Map.of()).field("id");

        assertThat(viewer.api().post("/api/deals", Map.of("name", "Nope")).status()).isEqualTo(403);
        assertThat(viewer.api().patch(repsDeal, Map.of("name", "Nope")).status()).isEqualTo(403);
        assertThat(rep.api().post("/api/deals", Map.of("name", "For another", "ownerId", otherRep.id().toString())).status()).isEqualTo(403);
        assertThat(otherRep.api().patch(repsDeal, Map.of("stageId", stage.get("Qualified"))).status()).isEqualTo(403);
        assertThat(otherRep.api().post("/api/deals/bulk/stage", Map.of("dealIds", List.of(repsDeal.substring(11)),
                "stageId", stage.get("Qualified"))).status()).isEqualTo(403);
        assertThat(rep.api().delete(adminsDeal).status()).isEqualTo(403);
        assertThat(rep.api().patch(repsDeal, Map.of("stageId", stage.get("Qualified"))).status()).isEqualTo(200);
        assertThat(acme.as("MANAGER").api().patch(repsDeal, Map.of("name", "Managed")).status()).isEqualTo(200);
        assertThat(otherRep.api().get(repsDeal).field("name")).as("every member reads").isEqualTo("Managed");
    }

    @Test
    void deletedDealsLeaveTheBoardAndComeBack() {
        String id = deal("Binned", Map.of()).field("id");
        String path = "/api/deals/" + id;

        assertThat(admin.api().delete(path).status()).isEqualTo(204);
        assertThat(admin.api().get(path).status()).isEqualTo(404);
        assertThat(admin.api().get("/api/deals/board").json().get("columns").get(0).get("count").asLong()).isZero();
        assertThat(admin.api().post(path + "/restore", null).field("name")).isEqualTo("Binned");
        assertThat(admin.api().post(path + "/restore", null).status()).as("not in the trash").isEqualTo(409);
    }

    @Test
    void anotherOrganizationCannotSeeOrTouchADeal() {
        String id = deal("Secret", Map.of("value", 99)).field("id");
        String path = "/api/deals/" + id;
        Organization globex = anotherOrganization();
        withDefaultPipeline(globex);
        ApiClient intruder = globex.as("ADMIN").api();

        assertThat(intruder.get(path).status()).isEqualTo(404);
        assertThat(intruder.get(path + "/history").status()).isEqualTo(404);
        assertThat(intruder.put(path, Map.of("name", "Hacked", "version", 0)).status()).isEqualTo(404);
        assertThat(intruder.patch(path, Map.of("name", "Hacked")).status()).isEqualTo(404);
        assertThat(intruder.delete(path).status()).isEqualTo(404);
        assertThat(intruder.post(path + "/restore", null).status()).isEqualTo(404);
        assertThat(intruder.post("/api/deals/bulk/stage", Map.of("dealIds", List.of(id), "stageId", stage.get("Qualified"))).status())
                .isEqualTo(404);
        assertThat(intruder.post("/api/deals", Map.of("name", "Mine", "stageId", stage.get("Qualified"))).status())
                .as("another organization's stage").isEqualTo(400);
        assertThat(intruder.get("/api/deals").json().get("items")).isEmpty();
        assertThat(intruder.get("/api/deals?pipelineId=" + pipelineId).json().get("items")).isEmpty();
        assertThat(intruder.get("/api/deals/board?pipelineId=" + pipelineId).status()).isEqualTo(404);
        assertThat(intruder.get("/api/deals/board").json().get("columns").get(0).get("count").asLong()).isZero();
        assertThat(intruder.get("/api/deals/analytics/forecast?pipelineId=" + pipelineId).status()).isEqualTo(404);
        ApiClient.Response crossed = intruder.with("X-Tenant", acme.subdomain()).get(path);
        assertThat(crossed.status()).isEqualTo(403);
        assertThat(crossed.field("code")).isEqualTo("TENANT_MISMATCH");

        assertThat(admin.api().get(path).field("name")).isEqualTo("Secret");
        assertThat(rows("deals", "name = 'Hacked'")).isZero();
    }

    @Test
    void everyChangeAndStageMoveIsAnEventInTheOutbox() {
        String id = deal("Evented", Map.of("value", 10)).field("id");
        admin.api().patch("/api/deals/" + id, Map.of("stageId", stage.get("Qualified")));
        admin.api().patch("/api/deals/" + id, Map.of("status", "WON"));

        assertThat(outboxSubjects("dealId", id)).containsExactly(
                "crm.events.deal.created", "crm.events.audit.recorded",
                "crm.events.deal.updated", "crm.events.audit.recorded", "crm.events.deal.stage_changed",
                "crm.events.deal.updated", "crm.events.audit.recorded", "crm.events.deal.stage_changed", "crm.events.deal.closed_won");
        JsonNode moved = jdbc.queryForObject("""
                select payload::text from public.event_outbox where subject = 'crm.events.deal.stage_changed' and payload->'data'->>'dealId' = ?
                order by id limit 1""", (rs, n) -> new ApiClient.Response(200, Map.of(), rs.getString(1)).json(), id);
        assertThat(moved.get("data").get("fromStageName").asString()).isEqualTo("Lead");
        assertThat(moved.get("data").get("toStageName").asString()).isEqualTo("Qualified");
        assertThat(moved.get("actor_id").asString()).isEqualTo(admin.id().toString());
    }
}
