package dev.crm.communication.activities;

import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.DealChanged;
import dev.crm.common.events.contracts.DealClosed;
import dev.crm.common.events.contracts.DealStageChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.communication.templates.KnownRecords;
import dev.crm.communication.templates.KnownRecords.Kind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the timelines show of other services' changes: a deal created, moved or lost, a contact created
 * (a won deal: {@code WonDealHandler}, with its follow-up). The creations are also
 * what templates know of the records ({@link KnownRecords}: one consumer per event type and service).
 */
@Configuration(proxyBeanMethods = false)
public class RecordedActivityHandlers {

    @Bean
    EventHandler<DealChanged> dealCreatedOnTimeline(RecordedActivities recorded, KnownRecords known) {
        return EventHandler.of(EventType.DEAL_CREATED, (d, e) -> {
            known.heard(Kind.DEAL, d.dealId(), d, false, e.timestamp());
            recorded.record(e, ActivityData.note("Deal created", withValue(d.name(), d.value(), d.currency()), e.timestamp(),
                    d.contactId(), d.companyId(), d.dealId()), d.ownerId());
        });
    }

    @Bean
    EventHandler<DealStageChanged> dealMovedOnTimeline(RecordedActivities recorded) {
        return EventHandler.of(EventType.DEAL_STAGE_CHANGED, (d, e) -> recorded.record(e,
                ActivityData.note("Moved from " + d.fromStageName() + " to " + d.toStageName(), d.name(), e.timestamp(),
                        d.contactId(), d.companyId(), d.dealId()), d.ownerId()));
    }

    @Bean
    EventHandler<DealClosed> dealLostOnTimeline(RecordedActivities recorded) {
        return EventHandler.of(EventType.DEAL_CLOSED_LOST, (d, e) -> recorded.record(e,
                ActivityData.note("Deal lost", d.lostReason() == null ? d.name() : d.name() + ". Reason: " + d.lostReason(),
                        e.timestamp(), d.contactId(), d.companyId(), d.dealId()), d.ownerId()));
    }

    @Bean
    EventHandler<ContactChanged> contactCreatedOnTimeline(RecordedActivities recorded, KnownRecords known) {
        return EventHandler.of(EventType.CONTACT_CREATED, (c, e) -> {
            known.heard(Kind.CONTACT, c.contactId(), c, false, e.timestamp());
            recorded.record(e, ActivityData.note("Contact created", Stream.of(fullName(c), c.email()).filter(Objects::nonNull)
                    .collect(Collectors.joining(" · ")), e.timestamp(), c.contactId(), c.companyId(), null), c.ownerId());
        });
    }

    /** "Name: 5,000.00 EUR", or the name alone when the deal has no value. */
    public static String withValue(String name, BigDecimal value, String currency) {
        return value == null ? name : String.format(Locale.ROOT, "%s: %,.2f %s", name, value, currency);
    }

    private static String fullName(ContactChanged c) {
        String name = Stream.of(c.firstName(), c.lastName()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }
}
