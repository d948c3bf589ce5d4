package dev.crm.communication.templates;

import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.CompanyChanged;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.DealChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.communication.templates.KnownRecords.Kind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps {@link KnownRecords} from the contact- and deal-service's events. A service has one consumer per
 * event type: {@code contact.created}, {@code deal.created} and {@code user.created} are heard by the
 * handlers that also record them on the timeline or send the welcome email, and call {@link KnownRecords} there.
 */
@Configuration(proxyBeanMethods = false)
class KnownRecordHandlers {

    @Bean
    EventHandler<ContactChanged> knownContactUpdated(KnownRecords known) {
        return EventHandler.of(EventType.CONTACT_UPDATED, (c, e) -> known.heard(Kind.CONTACT, c.contactId(), c, false, e.timestamp()));
    }

    @Bean
    EventHandler<ContactChanged> knownContactDeleted(KnownRecords known) {
        return EventHandler.of(EventType.CONTACT_DELETED, (c, e) -> known.heard(Kind.CONTACT, c.contactId(), c, true, e.timestamp()));
    }

    @Bean
    EventHandler<ContactChanged> knownContactRestored(KnownRecords known) {
        return EventHandler.of(EventType.CONTACT_RESTORED, (c, e) -> known.heard(Kind.CONTACT, c.contactId(), c, false, e.timestamp()));
    }

    @Bean
    EventHandler<CompanyChanged> knownCompanyCreated(KnownRecords known) {
        return EventHandler.of(EventType.COMPANY_CREATED, (c, e) -> known.heard(Kind.COMPANY, c.companyId(), c, false, e.timestamp()));
    }

    @Bean
    EventHandler<CompanyChanged> knownCompanyUpdated(KnownRecords known) {
        return EventHandler.of(EventType.COMPANY_UPDATED, (c, e) -> known.heard(Kind.COMPANY, c.companyId(), c, false, e.timestamp()));
    }

    @Bean
    EventHandler<CompanyChanged> knownCompanyDeleted(KnownRecords known) {
        return EventHandler.of(EventType.COMPANY_DELETED, (c, e) -> known.heard(Kind.COMPANY, c.companyId(), c, true, e.timestamp()));
    }

    @Bean
    EventHandler<CompanyChanged> knownCompanyRestored(KnownRecords known) {
        return EventHandler.of(EventType.COMPANY_RESTORED, (c, e) -> known.heard(Kind.COMPANY, c.companyId(), c, false, e.timestamp()));
    }

    @Bean
    EventHandler<DealChanged> knownDealUpdated(KnownRecords known) {
        return EventHandler.of(EventType.DEAL_UPDATED, (d, e) -> known.heard(Kind.DEAL, d.dealId(), d, false, e.timestamp()));
    }

    @Bean
    EventHandler<DealChanged> knownDealDeleted(KnownRecords known) {
        return EventHandler.of(EventType.DEAL_DELETED, (d, e) -> known.heard(Kind.DEAL, d.dealId(), d, true, e.timestamp()));
    }

    @Bean
    EventHandler<DealChanged> knownDealRestored(KnownRecords known) {
        return EventHandler.of(EventType.DEAL_RESTORED, (d, e) -> known.heard(Kind.DEAL, d.dealId(), d, false, e.timestamp()));
    }
}
