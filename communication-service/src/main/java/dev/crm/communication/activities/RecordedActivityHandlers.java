package dev.crm.communication.activities;

import dev.crm.common.events.EventEnvelope;
import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.DealChanged;
import dev.crm.common.events.contracts.DealClosed;
import dev.crm.common.events.contracts.DealStageChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.communication.settings.CommunicationSettingsService;
import dev.crm.communication.settings.CommunicationSettingsView;
import dev.crm.communication.settings.WonDealFollowUp;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the timelines show of other services' changes: a deal created, moved, won or lost, a contact
 * created; and the follow-up of a won deal the organization chose in its settings.
 */
@Configuration(proxyBeanMethods = false)
class RecordedActivityHandlers {

    @Bean
    EventHandler<DealChanged> dealCreatedOnTimeline(RecordedActivities recorded) {
        return EventHandler.of(EventType.DEAL_CREATED, (d, e) -> recorded.record(e,
                ActivityData.note("Deal created", withValue(d.name(), d.value(), d.currency()), e.timestamp(),
                        d.contactId(), d.companyId(), d.dealId()), d.ownerId()));
    }

    @Bean
    EventHandler<DealStageChanged> dealMovedOnTimeline(RecordedActivities recorded) {
        return EventHandler.of(EventType.DEAL_STAGE_CHANGED, (d, e) -> recorded.record(e,
                ActivityData.note("Moved from " + d.fromStageName() + " to " + d.toStageName(), d.name(), e.timestamp(),
                        d.contactId(), d.companyId(), d.dealId()), d.ownerId()));
    }

    @Bean
    EventHandler<DealClosed> dealWonOnTimeline(RecordedActivities recorded, CommunicationSettingsService settings) {
        return EventHandler.of(EventType.DEAL_CLOSED_WON, (d, e) -> {
            recorded.record(e, ActivityData.note("Deal won", withValue(d.name(), d.value(), d.currency()) + afterDays(d.cycleDays()),
                    e.timestamp(), d.contactId(), d.companyId(), d.dealId()), d.ownerId());
            followUp(recorded, settings.current(), d, e);
        });
    }

    @Bean
    EventHandler<DealClosed> dealLostOnTimeline(RecordedActivities recorded) {
        return EventHandler.of(EventType.DEAL_CLOSED_LOST, (d, e) -> recorded.record(e,
                ActivityData.note("Deal lost", d.lostReason() == null ? d.name() : d.name() + ". Reason: " + d.lostReason(),
                        e.timestamp(), d.contactId(), d.companyId(), d.dealId()), d.ownerId()));
    }

    @Bean
    EventHandler<ContactChanged> contactCreatedOnTimeline(RecordedActivities recorded) {
        return EventHandler.of(EventType.CONTACT_CREATED, (c, e) -> recorded.record(e,
                ActivityData.note("Contact created", Stream.of(fullName(c), c.email()).filter(Objects::nonNull)
                        .collect(Collectors.joining(" · ")), e.timestamp(), c.contactId(), c.companyId(), null), c.ownerId()));
    }

    /** A won deal's owner gets a task due some days after the win (and, with TASK_AND_EMAIL, its contact an email: ADR 16 step 4). */
    private static void followUp(RecordedActivities recorded, CommunicationSettingsView settings, DealClosed d, EventEnvelope e) {
        if (settings.wonDealFollowUp() == WonDealFollowUp.NONE || d.ownerId() == null) return;
        Instant won = d.closedAt() != null ? d.closedAt() : e.timestamp();
        recorded.record(e, ActivityData.task("Follow up on the won deal " + d.name(),
                "Thank the customer and plan what comes next.", won.plus(Duration.ofDays(settings.followUpDueDays())),
                d.ownerId(), d.contactId(), d.companyId(), d.dealId()), d.ownerId());
    }

    private static String withValue(String name, BigDecimal value, String currency) {
        return value == null ? name : String.format(Locale.ROOT, "%s: %,.2f %s", name, value, currency);
    }

    private static String afterDays(long days) {
        return days == 1 ? ", after 1 day" : ", after " + days + " days";
    }

    private static String fullName(ContactChanged c) {
        String name = Stream.of(c.firstName(), c.lastName()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }
}
