package dev.crm.common.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform settings every service shares. Defaults come from {@code crm-defaults.properties}, which
 * reads the launcher's {@code CRM_*} environment variables.
 *
 * @param service    this service's short name (auth, tenant, contact, ...): names its Flyway history table, its events and consumers
 * @param authUrl    base URL of the auth-service, whose JWKS verifies tokens
 * @param natsUrl    NATS server with JetStream
 * @param internalSecret shared secret of the service-to-service endpoints under /internal/ (required, no default)
 * @param internalSecretPrevious the secret it replaces, still accepted while a rotation is under way (optional)
 * @param baseDomain the domain under which organizations have subdomains (acme.crm.example); empty: only X-Tenant names a tenant
 * @param maxRequestBytes largest JSON body a service reads
 * @param migrationParallelism tenant schemas migrated at once at start
 * @param consumerGroup  names this platform's durable consumers apart from another platform's on the same NATS
 * @param natsStreamReplicas copies of the event stream a NATS cluster keeps (1 on a single server, 3 in production)
 */
@ConfigurationProperties("crm")
public record CrmProperties(
        String service,
        String authUrl,
        String natsUrl,
        String internalSecret,
        String internalSecretPrevious,
        String baseDomain,
        long maxRequestBytes,
        int migrationParallelism,
        String consumerGroup,
        int natsStreamReplicas) {}
