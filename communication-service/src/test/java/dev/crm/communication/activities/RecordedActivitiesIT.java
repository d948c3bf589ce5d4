package dev.crm.communication.activities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.EventEnvelope;
import dev.crm.common.events.JetStreamConnection;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.DealChanged;
import dev.crm.common.events.contracts.DealClosed;
import dev.crm.common.events.contracts.DealStageChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import io.nats.client.PublishOptions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What the timelines show of other services' events, through the outbox, JetStream and the durable consumers. */
class RecordedActivitiesIT extends CommunicationServiceApiTest {

    @Autowired
    private JetStreamConnection nats;

    private final UUID contact = UUID.randomUUID();
    private final UUID company = UUID.randomUUID();
    private final UUID deal = UUID.randomUUID();

    private JsonNode timeline(Member member, String of) {
        return member.api().get("/api/activities?" + of).json().get("items");
    }

    private DealStageChanged moved(UUID dealId, String from, String to) {
        return new DealStageChanged(dealId, "Globex renewal", UUID.randomUUID(), UUID.randomUUID(), from, UUID.randomUUID(), to,
                "OPEN", admin.id(), contact, company, new BigDecimal("5000.00"), "EUR");
    }

    private DealClosed closed(UUID owner, String lostReason) {
        return new DealClosed(deal, "Globex renewal", UUID.randomUUID(), UUID.randomUUID(), owner, contact, company,
                new BigDecimal("5000.00"), "EUR", lostReason, Instant.parse("2026-11-20T10:00:00Z"), 12);
    }

    @Test
    void aDealsLifeIsOnTheTimelinesOfTheDealItsContactAndItsCompany() {
        publish(acme, EventType.DEAL_CREATED, new DealChanged(deal, "Globex renewal", new BigDecimal("5000"), "EUR", UUID.randomUUID(),
                UUID.randomUUID(), "OPEN", contact, company, admin.id(), null));
        publish(acme, EventType.DEAL_STAGE_CHANGED, moved(deal, "Lead", "Qualified"));
        publish(acme, EventType.DEAL_CLOSED_LOST, closed(admin.id(), "Price"));

        eventually("three entries", () -> timeline(admin, "dealId=" + deal).size() == 3);
        JsonNode entries = timeline(admin, "dealId=" + deal);
        assertThat(entries.findValuesAsString("subject")).as("newest first")
                .containsExactly("Deal lost", "Moved from Lead to Qualified", "Deal created");
        assertThat(entries.findValuesAsString("body"))
                .containsExactly("Globex renewal. Reason: Price", "Globex renewal", "Globex renewal: 5,000.00 EUR");
        assertThat(entries.findValuesAsString("source")).containsExactly("deal.closed_lost", "deal.stage_changed", "deal.created");
        assertThat(entries.findValuesAsString("type")).containsOnly("NOTE");
        assertThat(entries.findValuesAsString("ownerId")).containsOnly(admin.id().toString());
        assertThat(timeline(admin, "contactId=" + contact).findValuesAsString("subject")).hasSize(3);
        assertThat(timeline(admin, "companyId=" + company).findValuesAsString("subject")).hasSize(3);
        assertThat(timeline(admin, "dealId=" + deal + "&type=CALL")).isEmpty();
    }

    @Test
    void whatThePlatformRecordedCannotBeChangedOrDeleted() {
        publish(acme, EventType.DEAL_STAGE_CHANGED, moved(deal, "Lead", "Qualified"));
        eventually("the entry", () -> timeline(admin, "dealId=" + deal).size() == 1);
        JsonNode entry = timeline(admin, "dealId=" + deal).get(0);
        String path = "/api/activities/" + entry.get("id").asString();

        ApiClient.Response patch = admin.api().patch(path, Map.of("subject", "Moved nowhere"));
        assertThat(patch.status()).as(patch.text()).isEqualTo(409);
        assertThat(patch.json().get("code").asString()).isEqualTo("RECORDED_BY_PLATFORM");
        assertThat(admin.api().delete(path).status()).isEqualTo(409);
        assertThat(admin.api().get(path).json()).isEqualTo(entry);
    }

    @Test
    void aNewContactIsOnItsTimeline() {
        publish(acme, EventType.CONTACT_CREATED, new ContactChanged(contact, "Ada", "Lovelace", "ada@example.com", company, admin.id()));

        eventually("the entry", () -> timeline(admin, "contactId=" + contact).size() == 1);
        JsonNode entry = timeline(admin, "contactId=" + contact).get(0);
        assertThat(entry.get("subject").asString()).isEqualTo("Contact created");
        assertThat(entry.get("body").asString()).isEqualTo("Ada Lovelace · ada@example.com");
        assertThat(timeline(admin, "companyId=" + company)).hasSize(1);
    }

    @Test
    void recordedEventsAreSystemEntriesThatATimelineShowsOrHides() {
        publish(acme, EventType.CONTACT_CREATED, new ContactChanged(contact, "Ada", "Lovelace", null, company, admin.id()));
        eventually("the entry", () -> timeline(admin, "contactId=" + contact).size() == 1);
        String call = admin.api().post("/api/activities", Map.of("type", "CALL", "contactId", contact, "subject", "Intro call")).field("id");
        String note = admin.api().post("/api/activities", Map.of("type", "NOTE", "contactId", contact, "body", "Likes tea")).field("id");

        JsonNode all = timeline(admin, "contactId=" + contact);
        assertThat(all.findValuesAsString("kind")).containsExactly("LOGGED", "LOGGED", "SYSTEM");
        assertThat(timeline(admin, "contactId=" + contact + "&kind=LOGGED").findValuesAsString("id")).containsExactly(note, call);
        JsonNode system = timeline(admin, "contactId=" + contact + "&kind=SYSTEM");
        assertThat(system.findValuesAsString("subject")).containsExactly("Contact created");
        assertThat(timeline(admin, "contactId=" + contact + "&kind=SYSTEM&kind=LOGGED")).hasSize(3);
        assertThat(timeline(admin, "contactId=" + contact + "&kind=LOGGED&type=NOTE").findValuesAsString("id")).containsExactly(note);
        assertThat(timeline(admin, "contactId=" + contact + "&kind=SYSTEM&type=CALL")).isEmpty();
        assertThat(admin.api().get("/api/activities/recent?kind=SYSTEM").json().get("items").findValuesAsString("kind")).containsOnly("SYSTEM");
        assertThat(admin.api().get("/api/activities/" + note).field("kind")).isEqualTo("LOGGED");

        ApiClient.Response bad = admin.api().get("/api/activities?contactId=" + contact + "&kind=ROBOT");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");

        Member intruder = anotherOrganization().as("ADMIN");
        assertThat(timeline(intruder, "contactId=" + contact + "&kind=SYSTEM")).isEmpty();
        assertThat(intruder.api().get("/api/activities/recent?kind=SYSTEM").json().get("items")).isEmpty();
        assertThat(intruder.api().with("X-Tenant", acme.subdomain()).get("/api/activities?contactId=" + contact + "&kind=SYSTEM").status())
                .isEqualTo(403);
    }

    @Test
    void aWonDealGetsTheFollowUpTaskTheOrganizationChose() {
        Member rep = acme.as("SALES_REP");
        publish(acme, EventType.DEAL_CLOSED_WON, closed(rep.id(), null));
        eventually("won", () -> timeline(admin, "dealId=" + deal).size() == 1);
        assertThat(timeline(admin, "dealId=" + deal).get(0).get("body").asString()).isEqualTo("Globex renewal: 5,000.00 EUR, after 12 days");
        assertThat(rep.api().get("/api/activities/my-tasks").json().get("items")).as("no follow-up by default").isEmpty();

        ApiClient.Response settings = admin.api().patch("/api/communications/settings", Map.of("wonDealFollowUp", "TASK", "followUpDueDays", 3));
        assertThat(settings.status()).as(settings.text()).isEqualTo(200);
        UUID another = UUID.randomUUID();
        publish(acme, EventType.DEAL_CLOSED_WON, new DealClosed(another, "Initech pilot", UUID.randomUUID(), UUID.randomUUID(),
                rep.id(), contact, null, new BigDecimal("900"), "USD", null, Instant.parse("2026-11-20T10:00:00Z"), 3));

        eventually("the follow-up", () -> !rep.api().get("/api/activities/my-tasks").json().get("items").isEmpty());
        JsonNode task = rep.api().get("/api/activities/my-tasks").json().get("items").get(0);
        assertThat(task.get("subject").asString()).isEqualTo("Follow up on the won deal Initech pilot");
        assertThat(task.get("dueAt").asString()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(task.get("dealId").asString()).isEqualTo(another.toString());
        assertThat(task.get("source").asString()).isEqualTo("deal.closed_won");
        assertThat(task.get("kind").asString()).as("work for someone, not history: never hidden with the system entries").isEqualTo("LOGGED");
        assertThat(timeline(admin, "dealId=" + another).findValuesAsString("type")).containsExactlyInAnyOrder("NOTE", "TASK");

        ApiClient.Response done = rep.api().patch("/api/activities/" + task.get("id").asString(), Map.of("status", "DONE"));
        assertThat(done.status()).as("a recorded task is worked like any: " + done.text()).isEqualTo(200);
        assertThat(rep.api().get("/api/activities/my-tasks").json().get("items")).isEmpty();
    }

    @Test
    void theSameEventTwiceMakesOneActivityEvenAfterItsRecordIsForgotten() throws Exception {
        publish(acme, EventType.DEAL_STAGE_CHANGED, moved(deal, "Lead", "Qualified"));
        eventually("the entry", () -> timeline(admin, "dealId=" + deal).size() == 1);
        String envelope = jdbc.queryForObject("""
                select payload::text from public.event_outbox
                where subject = 'crm.events.deal.stage_changed' and payload->'data'->>'dealId' = ?""", String.class, deal.toString());
        String eventId = jdbc.queryForObject("select cast(? as jsonb)->>'event_id'", String.class, envelope);

        redeliver(envelope, "again");
        jdbc.update("delete from public.handled_events where event_id = ?::uuid", eventId); // as pruned after a week
        redeliver(envelope, "after-prune");
        UUID marker = UUID.randomUUID();
        publish(acme, EventType.DEAL_STAGE_CHANGED, moved(marker, "Qualified", "Proposal"));

        eventually("the marker behind the copies", () -> timeline(admin, "dealId=" + marker).size() == 1);
        assertThat(timeline(admin, "dealId=" + deal)).hasSize(1);
        assertThat(rows("activities", "source_event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void anotherOrganizationsEventsNeverReachOurTimelines() {
        Organization globex = anotherOrganization();
        publish(globex, EventType.CONTACT_CREATED, new ContactChanged(contact, "Eve", "Spy", "eve@globex.test", null, null));
        publish(acme, EventType.CONTACT_CREATED, new ContactChanged(contact, "Ada", "Lovelace", null, null, admin.id()));

        eventually("ours", () -> timeline(admin, "contactId=" + contact).size() == 1);
        eventually("theirs", () -> timeline(globex.as("ADMIN"), "contactId=" + contact).size() == 1);
        assertThat(timeline(admin, "contactId=" + contact).get(0).get("body").asString()).isEqualTo("Ada Lovelace");
        assertThat(timeline(globex.as("ADMIN"), "contactId=" + contact).get(0).get("body").asString()).isEqualTo("Eve Spy · eve@globex.test");
    }

    /** The envelope published anew under another message id: as a relay retry after JetStream's de-duplication window. */
    private void redeliver(String envelope, String suffix) throws Exception {
        nats.jetStream().publish(EventEnvelope.subjectOf("deal.stage_changed"), envelope.getBytes(StandardCharsets.UTF_8),
                PublishOptions.builder().messageId(UUID.randomUUID() + "-" + suffix).build());
    }
}
