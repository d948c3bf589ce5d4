package dev.crm.deal.customfields;

import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.CustomFieldChanged;
import dev.crm.common.events.contracts.EventType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps {@link DealCustomFields} in step with the contact-service's definitions; fields of contacts and companies are not ours. */
@Configuration(proxyBeanMethods = false)
class DealCustomFieldHandlers {

    @Bean
    EventHandler<CustomFieldChanged> customFieldDefined(DealCustomFields fields) {
        return EventHandler.of(EventType.CUSTOM_FIELD_DEFINED, (f, e) -> {
            if (DealCustomFields.ENTITY_TYPE.equals(f.entityType())) fields.defined(f, e.timestamp());
        });
    }

    @Bean
    EventHandler<CustomFieldChanged> customFieldRemoved(DealCustomFields fields) {
        return EventHandler.of(EventType.CUSTOM_FIELD_REMOVED, (f, e) -> {
            if (DealCustomFields.ENTITY_TYPE.equals(f.entityType())) fields.removed(f, e.timestamp());
        });
    }
}
