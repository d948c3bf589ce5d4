package dev.crm.deal.links;

import dev.crm.common.events.EventEnvelope;
import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.CompanyChanged;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.deal.links.LinkedRecords.Kind;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps {@link LinkedRecords} up to date from the contact-service's events, deletions included. */
@Configuration(proxyBeanMethods = false)
class LinkedRecordHandlers {

    @Bean
    EventHandler<ContactChanged> contactCreated(LinkedRecords links) {
        return EventHandler.of(EventType.CONTACT_CREATED, (c, e) -> contact(links, c, e, false));
    }

    @Bean
    EventHandler<ContactChanged> contactUpdated(LinkedRecords links) {
        return EventHandler.of(EventType.CONTACT_UPDATED, (c, e) -> contact(links, c, e, false));
    }

    @Bean
    EventHandler<ContactChanged> contactDeleted(LinkedRecords links) {
        return EventHandler.of(EventType.CONTACT_DELETED, (c, e) -> contact(links, c, e, true));
    }

    @Bean
    EventHandler<ContactChanged> contactRestored(LinkedRecords links) {
        return EventHandler.of(EventType.CONTACT_RESTORED, (c, e) -> contact(links, c, e, false));
    }

    @Bean
    EventHandler<CompanyChanged> companyCreated(LinkedRecords links) {
        return EventHandler.of(EventType.COMPANY_CREATED, (c, e) -> company(links, c, e, false));
    }

    @Bean
    EventHandler<CompanyChanged> companyUpdated(LinkedRecords links) {
        return EventHandler.of(EventType.COMPANY_UPDATED, (c, e) -> company(links, c, e, false));
    }

    @Bean
    EventHandler<CompanyChanged> companyDeleted(LinkedRecords links) {
        return EventHandler.of(EventType.COMPANY_DELETED, (c, e) -> company(links, c, e, true));
    }

    @Bean
    EventHandler<CompanyChanged> companyRestored(LinkedRecords links) {
        return EventHandler.of(EventType.COMPANY_RESTORED, (c, e) -> company(links, c, e, false));
    }

    private static void contact(LinkedRecords links, ContactChanged c, EventEnvelope envelope, boolean deleted) {
        String name = Stream.of(c.firstName(), c.lastName()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        links.heard(c.contactId(), Kind.CONTACT, name.isBlank() ? String.valueOf(c.email()) : name, deleted, envelope.timestamp());
    }

    private static void company(LinkedRecords links, CompanyChanged c, EventEnvelope envelope, boolean deleted) {
        links.heard(c.companyId(), Kind.COMPANY, c.name(), deleted, envelope.timestamp());
    }
}
