package dev.crm.communication.followup;

import dev.crm.common.events.EventEnvelope;
import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.DealClosed;
import dev.crm.common.events.contracts.EventType;
import dev.crm.communication.activities.ActivityData;
import dev.crm.communication.activities.RecordedActivities;
import dev.crm.communication.activities.RecordedActivityHandlers;
import dev.crm.communication.emails.EmailService;
import dev.crm.communication.settings.CommunicationSettingsService;
import dev.crm.communication.settings.CommunicationSettingsView;
import dev.crm.communication.settings.WonDealFollowUp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A won deal: "Deal won" on the timelines, and the follow-up the organization chose: nothing, a task for
 * the deal's owner due some days after the win, or that task and the chosen template emailed from the
 * owner to the deal's contact (when the contact has an address).
 */
@Configuration(proxyBeanMethods = false)
class WonDealHandler {

    @Bean
    EventHandler<DealClosed> dealWonOnTimeline(RecordedActivities recorded, CommunicationSettingsService settings, EmailService emails) {
        return EventHandler.of(EventType.DEAL_CLOSED_WON, (d, e) -> {
            recorded.record(e, ActivityData.note("Deal won", RecordedActivityHandlers.withValue(d.name(), d.value(), d.currency())
                    + (d.cycleDays() == 1 ? ", after 1 day" : ", after " + d.cycleDays() + " days"),
                    e.timestamp(), d.contactId(), d.companyId(), d.dealId()), d.ownerId());
            followUp(recorded, emails, settings.current(), d, e);
        });
    }

    private static void followUp(RecordedActivities recorded, EmailService emails, CommunicationSettingsView settings, DealClosed d,
                                 EventEnvelope e) {
        if (settings.wonDealFollowUp() == WonDealFollowUp.NONE || d.ownerId() == null) return;
        Instant won = d.closedAt() != null ? d.closedAt() : e.timestamp();
        boolean first = recorded.record(e, ActivityData.task("Follow up on the won deal " + d.name(),
                "Thank the customer and plan what comes next.", won.plus(Duration.ofDays(settings.followUpDueDays())),
                d.ownerId(), d.contactId(), d.companyId(), d.dealId()), d.ownerId());
        if (first && settings.wonDealFollowUp() == WonDealFollowUp.TASK_AND_EMAIL) { // the same event again sends nothing
            emails.sendFollowUp(settings.followUpTemplateId(), d.contactId(), d.companyId(), d.dealId(), d.ownerId());
        }
    }
}
