package dev.crm.communication.quota;

import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.UserEmailConfirmed;
import dev.crm.common.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An admin with a confirmed address (confirmed, or a confirmed member made admin) lifts the organization's quota. */
@Configuration(proxyBeanMethods = false)
class AdminConfirmedHandler {

    @Bean
    EventHandler<UserEmailConfirmed> sendingQuotaOnEmailConfirmed(SendingQuota quota) {
        return EventHandler.of(EventType.USER_EMAIL_CONFIRMED, (user, envelope) -> {
            if (Role.ADMIN.name().equals(user.role())) quota.confirm(user.userId());
        });
    }
}
