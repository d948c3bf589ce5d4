package dev.crm.communication.activities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.NatsServerProcess;
import dev.crm.common.events.contracts.DealStageChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.communication.CommunicationServiceApiTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The timeline against a nats-server of its own, which the test stops: the deal-service's events wait in
 * the outbox while NATS is down, and when it is back each one becomes exactly one activity.
 */
class RecordedActivitiesAcrossNatsRestartIT extends CommunicationServiceApiTest {

    static final NatsServerProcess NATS = NatsServerProcess.started();

    @DynamicPropertySource
    static void nats(DynamicPropertyRegistry registry) {
        registry.add("crm.nats-url", NATS::url);
    }

    @AfterAll
    static void stopNats() throws InterruptedException {
        NATS.close();
    }

    private long unpublished() {
        return jdbc.queryForObject("select count(*) from public.event_outbox where payload->>'tenant_id' = ? and published_at is null",
                Long.class, acme.id().toString());
    }

    @Test
    void stageChangesMadeWhileNatsIsDownAreEachOnTheTimelineOnceItIsBack() throws Exception {
        UUID deal = UUID.randomUUID();
        String[] stages = {"Lead", "Qualified", "Proposal", "Negotiation", "Qualified", "Proposal"};
        eventually("the consumers are up", Duration.ofSeconds(30), () -> {
            publish(acme, EventType.DEAL_STAGE_CHANGED, moved(deal, "New", "Lead"));
            return true;
        });
        eventually("the first move on the timeline", Duration.ofSeconds(30), () -> rows("activities", "deal_id = '" + deal + "'") == 1);

        NATS.stop();
        for (int i = 1; i < stages.length; i++) publish(acme, EventType.DEAL_STAGE_CHANGED, moved(deal, stages[i - 1], stages[i]));
        Thread.sleep(1500);
        assertThat(unpublished()).as("waiting in the outbox").isEqualTo(stages.length - 1);
        assertThat(rows("activities", "deal_id = '" + deal + "'")).isEqualTo(1);

        NATS.start();
        eventually("the outbox drains", Duration.ofSeconds(30), () -> unpublished() == 0);
        eventually("every move on the timeline", Duration.ofSeconds(30), () -> rows("activities", "deal_id = '" + deal + "'") == stages.length);
        Thread.sleep(1000);
        assertThat(rows("activities", "deal_id = '" + deal + "'")).as("once each").isEqualTo(stages.length);
        assertThat(admin.api().get("/api/activities?dealId=" + deal).json().get("items").findValuesAsString("subject")).containsExactly(
                "Moved from Qualified to Proposal", "Moved from Negotiation to Qualified", "Moved from Proposal to Negotiation",
                "Moved from Qualified to Proposal", "Moved from Lead to Qualified", "Moved from New to Lead");
    }

    private DealStageChanged moved(UUID deal, String from, String to) {
        return new DealStageChanged(deal, "Offline deal", UUID.randomUUID(), UUID.randomUUID(), from, UUID.randomUUID(), to, "OPEN",
                admin.id(), null, null, new BigDecimal("100"), "EUR");
    }
}
