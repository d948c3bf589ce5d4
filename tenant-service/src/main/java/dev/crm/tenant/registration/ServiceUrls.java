package dev.crm.tenant.registration;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Base URLs of the services that own tables in every tenant schema. */
@ConfigurationProperties("crm.services")
record ServiceUrls(String auth, String contact, String deal, String communication) {

    /** The services other than this one that migrate a new tenant's schema. */
    Map<String, String> schemaOwners() {
        return Map.of("auth", auth, "contact", contact, "deal", deal, "communication", communication);
    }
}
