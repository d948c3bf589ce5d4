package dev.crm.deal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.deal.DealServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every analytics figure against values computed by hand from this data set (default pipeline: Lead 10 %,
 * Qualified 25 %, Proposal 50 %, Negotiation 75 %, Closed Won, Closed Lost; A is the admin, B a sales rep):
 * <pre>
 * D1 A 1000 EUR close 2027-01-15  Lead(2 d) > Qualified(3 d) > Proposal           open
 * D2 A 2000 EUR close 2027-02-10  Lead(4 d) > Qualified (for 9 d now)            open
 * D3 B  500 EUR close 2027-01-20  Lead (for 12 d now)                            open
 * D4 A 3000 EUR                   Lead(6 d) > Qualified(5 d) > Proposal > Negotiation > Won, created 2026-01-01, closed 2026-01-31
 * D5 B 1500 EUR                   Lead(8 d) > Qualified(7 d) > Won, created 2026-02-01, closed 2026-02-11
 * D6 B  800 EUR                   Lead(10 d) > Lost, created 2026-03-01, closed 2026-03-05
 * D7 A  100 USD close 2027-01-05  Lead (for 14 d now; Lead rots after 13 d)        open
 * </pre>
 */
class DealAnalyticsIT extends DealServiceApiTest {

    private Member rep;

    private String create(Member owner, String name, Map<String, Object> fields, String... path) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("ownerId", owner.id().toString());
        String id = deal(name, body).field("id");
        for (String next : path) {
            Map<String, Object> move = new HashMap<>(Map.of("stageId", stage.get(next)));
            if (next.equals("Proposal")) move.put("expectedCloseDate", fields.getOrDefault("expectedCloseDate", "2026-06-30"));
            if (next.equals("Closed Lost")) move.put("lostReason", "Price");
            ApiClient.Response moved = admin.api().patch("/api/deals/" + id, move);
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
        return id;
    }

    private void lifetime(String deal, String created, String closed) {
        jdbc.update("update " + acme.schema() + ".deals set created_at = ?::timestamptz, closed_at = ?::timestamptz where id = ?::uuid",
                created, closed, deal);
    }

    /** The deal's entry into {@code stage} lasted {@code days} (from 2025-12-01), or is current and began {@code days} ago. */
    private void stay(String deal, String stageName, int days, boolean current) {
        String schema = acme.schema();
        if (current) {
            jdbc.update("update " + schema + ".deal_stage_history set changed_at = now() - make_interval(days => ?), left_at = null"
                    + " where deal_id = ?::uuid and to_stage = ?", days, deal, stageName);
            jdbc.update("update " + schema + ".deals set stage_entered_at = now() - make_interval(days => ?) where id = ?::uuid", days, deal);
        } else {
            jdbc.update("update " + schema + ".deal_stage_history set changed_at = '2025-12-01T00:00Z',"
                    + " left_at = '2025-12-01T00:00Z'::timestamptz + make_interval(days => ?) where deal_id = ?::uuid and to_stage = ?",
                    days, deal, stageName);
        }
    }

    @BeforeEach
    void theDataSet() {
        rep = acme.as("SALES_REP");
        Member a = admin;
        String d1 = create(a, "D1", Map.of("value", 1000, "currency", "EUR", "expectedCloseDate", "2027-01-15"), "Qualified", "Proposal");
        String d2 = create(a, "D2", Map.of("value", 2000, "currency", "EUR", "expectedCloseDate", "2027-02-10"), "Qualified");
        String d3 = create(rep, "D3", Map.of("value", 500, "currency", "EUR", "expectedCloseDate", "2027-01-20"));
        String d4 = create(a, "D4", Map.of("value", 3000, "currency", "EUR"), "Qualified", "Proposal", "Negotiation", "Closed Won");
        String d5 = create(rep, "D5", Map.of("value", 1500, "currency", "EUR"), "Qualified", "Closed Won");
        String d6 = create(rep, "D6", Map.of("value", 800, "currency", "EUR"), "Closed Lost");
        String d7 = create(a, "D7", Map.of("value", 100, "currency", "USD", "expectedCloseDate", "2027-01-05"));
        lifetime(d4, "2026-01-01T00:00Z", "2026-01-31T00:00Z");
        lifetime(d5, "2026-02-01T00:00Z", "2026-02-11T00:00Z");
        lifetime(d6, "2026-03-01T00:00Z", "2026-03-05T00:00Z");
        stay(d1, "Lead", 2, false);
        stay(d2, "Lead", 4, false);
        stay(d4, "Lead", 6, false);
        stay(d5, "Lead", 8, false);
        stay(d6, "Lead", 10, false);
        stay(d3, "Lead", 12, true);
        stay(d7, "Lead", 14, true);
        stay(d1, "Qualified", 3, false);
        stay(d4, "Qualified", 5, false);
        stay(d5, "Qualified", 7, false);
        stay(d2, "Qualified", 9, true);
        ApiClient.Response rots = admin.api().put("/api/pipelines/" + pipelineId + "/stages/" + stage.get("Lead"),
                Map.of("name", "Lead", "probability", 10, "rottingDays", 13, "version", 0));
        assertThat(rots.status()).as(rots.text()).isEqualTo(200);
    }

    private JsonNode get(String report) {
        return get(admin.api(), report);
    }

    private static JsonNode get(ApiClient api, String report) {
        ApiClient.Response r = api.get("/api/deals/analytics/" + report);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private static String money(JsonNode amounts) {
        List<String> parts = new ArrayList<>();
        amounts.properties().forEach(e -> parts.add(e.getKey() + " " + e.getValue().decimalValue().stripTrailingZeros().toPlainString()));
        return String.join(", ", parts);
    }

    @Test
    void forecastWeighsOpenValueByProbabilityPerCloseMonthAndOwner() {
        JsonNode forecast = get("forecast");

        List<String> months = new ArrayList<>();
        forecast.get("byMonth").forEach(m -> months.add(m.get("month").asString() + ": " + m.get("deals").asInt() + " deals, open "
                + money(m.get("openValue")) + ", weighted " + money(m.get("weightedValue"))));
        assertThat(months).containsExactly(
                "2027-01: 3 deals, open EUR 1500, USD 100, weighted EUR 550, USD 10",
                "2027-02: 1 deals, open EUR 2000, weighted EUR 500");
        List<String> owners = new ArrayList<>();
        forecast.get("byOwner").forEach(o -> owners.add((o.get("ownerId").asString().equals(admin.id().toString()) ? "A" : "B")
                + ": " + o.get("deals").asInt() + ", " + money(o.get("openValue")) + " / " + money(o.get("weightedValue"))));
        assertThat(owners).containsExactlyInAnyOrder("A: 3, EUR 3000, USD 100 / EUR 1000, USD 10", "B: 1, EUR 500 / EUR 50");
        assertThat(forecast.get("total").get("deals").asInt()).isEqualTo(4);
        assertThat(money(forecast.get("total").get("weightedValue"))).isEqualTo("EUR 1050, USD 10");

        JsonNode february = get("forecast?from=2027-02-01&to=2027-02-28");
        assertThat(february.get("byMonth")).hasSize(1);
        assertThat(february.get("byMonth").get(0).get("month").asString()).isEqualTo("2027-02");
        assertThat(money(get("forecast?ownerId=" + rep.id()).get("total").get("openValue"))).isEqualTo("EUR 500");
    }

    @Test
    void conversionCountsWhoEnteredEachStageReachedALaterOneAndWon() {
        List<String> stages = new ArrayList<>();
        get("conversion").get("stages").forEach(s -> stages.add(s.get("name").asString() + ": " + s.get("entered").asInt() + " > "
                + s.get("reachedNext").asInt() + " (" + s.get("conversionRate").decimalValue().stripTrailingZeros().toPlainString()
                + "), won " + s.get("won").asInt() + " (" + s.get("winRate").decimalValue().stripTrailingZeros().toPlainString() + ")"));
        assertThat(stages).containsExactly(
                "Lead: 7 > 4 (0.5714), won 2 (0.2857)",
                "Qualified: 4 > 3 (0.75), won 2 (0.5)",
                "Proposal: 2 > 1 (0.5), won 1 (0.5)",
                "Negotiation: 1 > 1 (1), won 1 (1)",
                "Closed Won: 2 > 0 (0), won 2 (1)",
                "Closed Lost: 1 > 0 (0), won 0 (0)");
        JsonNode lateCreated = get("conversion?from=2026-02-01&to=2026-02-28").get("stages").get(0);
        assertThat(lateCreated.get("entered").asInt()).as("only D5 was created in February").isEqualTo(1);
    }

    @Test
    void velocityIsOpenDealsTimesWinRateTimesAverageWonValueOverCycleDays() {
        JsonNode velocity = get("velocity");
        assertThat(velocity.get("openDeals").asInt()).isEqualTo(4);
        assertThat(velocity.get("won").asInt()).isEqualTo(2);
        assertThat(velocity.get("lost").asInt()).isEqualTo(1);
        assertThat(velocity.get("winRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(velocity.get("averageCycleDays").decimalValue()).isEqualByComparingTo("20.0");
        JsonNode eur = velocity.get("byCurrency").get(0);
        assertThat(eur.get("currency").asString()).isEqualTo("EUR");
        assertThat(eur.get("openDeals").asInt()).isEqualTo(3);
        assertThat(eur.get("averageWonValue").decimalValue()).isEqualByComparingTo("2250.00");
        assertThat(eur.get("velocityPerDay").decimalValue()).as("3 x 2/3 x 2250 / 20").isEqualByComparingTo("225.00");
        JsonNode usd = velocity.get("byCurrency").get(1);
        assertThat(usd.get("openDeals").asInt()).isEqualTo(1);
        assertThat(usd.get("velocityPerDay").isNull()).as("nothing won in USD").isTrue();

        JsonNode february = get("velocity?from=2026-02-01&to=2026-02-28");
        assertThat(february.get("won").asInt()).isEqualTo(1);
        assertThat(february.get("lost").asInt()).isZero();
        assertThat(february.get("byCurrency").get(0).get("velocityPerDay").decimalValue()).as("3 x 1 x 1500 / 10").isEqualByComparingTo("450.00");
    }

    @Test
    void aDealWonTheDayItWasCreatedCountsAsADaysCycleNotAsNearlyNone() {
        String quick = create(admin, "Quick", Map.of("value", 900, "currency", "EUR"), "Closed Won");
        lifetime(quick, "2026-04-01T09:00Z", "2026-04-01T09:05Z"); // won five minutes after it was created

        JsonNode april = get("velocity?from=2026-04-01&to=2026-04-30");

        assertThat(april.get("averageCycleDays").decimalValue()).as("what happened").isLessThan(java.math.BigDecimal.ONE);
        assertThat(april.get("byCurrency").get(0).get("velocityPerDay").decimalValue())
                .as("3 open x 1 won of 1 x 900 over at least one day").isEqualByComparingTo("2700.00");
    }

    @Test
    void repsAreRankedByWhatTheyWon() {
        List<String> reps = new ArrayList<>();
        get("reps").get("reps").forEach(r -> reps.add((r.get("ownerId").asString().equals(admin.id().toString()) ? "A" : "B")
                + ": won " + r.get("won").asInt() + ", lost " + r.get("lost").asInt() + ", rate "
                + r.get("winRate").decimalValue().stripTrailingZeros().toPlainString() + ", " + money(r.get("wonValue"))
                + ", cycle " + r.get("averageCycleDays").decimalValue().toPlainString() + ", open " + r.get("openDeals").asInt()));
        assertThat(reps).containsExactly("A: won 1, lost 0, rate 1, EUR 3000, cycle 30.0, open 3", "B: won 1, lost 1, rate 0.5, EUR 1500, cycle 10.0, open 1");
    }

    @Test
    void bottlenecksGiveMedianAndP90DaysPerOpenStageAndRottingDeals() {
        JsonNode stages = get("bottlenecks").get("stages");
        assertThat(stages.findValuesAsString("name")).containsExactly("Lead", "Qualified", "Proposal", "Negotiation");
        JsonNode lead = stages.get(0);
        assertThat(lead.get("entries").asInt()).isEqualTo(7);
        assertThat(lead.get("medianDays").decimalValue()).as("2 4 6 8 10 12 14").isEqualByComparingTo("8.0");
        assertThat(lead.get("p90Days").decimalValue()).isEqualByComparingTo("12.8");
        assertThat(lead.get("current").asInt()).isEqualTo(2);
        assertThat(lead.get("rotting").asInt()).isEqualTo(1);
        assertThat(lead.get("rottingDays").asInt()).isEqualTo(13);
        JsonNode qualified = stages.get(1);
        assertThat(qualified.get("entries").asInt()).isEqualTo(4);
        assertThat(qualified.get("medianDays").decimalValue()).as("3 5 7 9").isEqualByComparingTo("6.0");
        assertThat(qualified.get("p90Days").decimalValue()).isEqualByComparingTo("8.4");
        assertThat(stages.get(2).get("entries").asInt()).isEqualTo(2);

        String recent = LocalDate.now(ZoneOffset.UTC).minusDays(13).toString();
        assertThat(get("bottlenecks?from=" + recent).get("stages").get(0).get("entries").asInt()).as("only D3 entered Lead since").isEqualTo(1);
    }

    @Test
    void salesRepsSeeTheirOwnFiguresOnly() {
        ApiClient mine = rep.api();
        assertThat(get(mine, "reps").get("reps").findValuesAsString("ownerId")).containsExactly(rep.id().toString());
        assertThat(get(mine, "forecast").get("total").get("deals").asInt()).isEqualTo(1);
        ApiClient.Response others = mine.get("/api/deals/analytics/reps?ownerId=" + admin.id());
        assertThat(others.status()).isEqualTo(403);
        assertThat(get(acme.as("MANAGER").api(), "reps").get("reps")).hasSize(2);
        assertThat(get(acme.as("VIEWER").api(), "forecast").get("total").get("deals").asInt()).isZero();
    }

    @Test
    void figuresAreServedForAWhileAndSayWhenTheyWereComputed() {
        ApiClient.Response first = admin.api().get("/api/deals/analytics/forecast");
        assertThat(first.header("Last-Modified")).isNotBlank();
        deal("D8", Map.of("value", 1, "currency", "EUR", "expectedCloseDate", "2027-01-31"));

        ApiClient.Response again = admin.api().get("/api/deals/analytics/forecast");
        assertThat(again.json().get("total").get("deals").asInt()).as("the figures of the first request").isEqualTo(4);
        assertThat(again.header("Last-Modified")).isEqualTo(first.header("Last-Modified"));
        assertThat(get("forecast?to=2030-12-31").get("total").get("deals").asInt()).as("another scope is computed anew").isEqualTo(5);
    }

    @Test
    void badFiltersAreRefused() {
        assertThat(admin.api().get("/api/deals/analytics/forecast?from=yesterday").status()).isEqualTo(400);
        assertThat(admin.api().get("/api/deals/analytics/forecast?from=2027-02-01&to=2027-01-01").status()).isEqualTo(400);
        assertThat(admin.api().get("/api/deals/analytics/forecast?pipelineId=0190a0c0-0000-7000-8000-000000000000").status()).isEqualTo(404);
        assertThat(admin.api().get("/api/deals/analytics/nonsense").status()).isEqualTo(404);
    }
}
