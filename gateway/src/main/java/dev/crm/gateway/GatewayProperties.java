package dev.crm.gateway;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param services       base URLs of the services behind the gateway
 * @param baseDomain     domain under which organizations have subdomains; empty: only X-Tenant names one
 * @param corsOrigins    origins allowed to call the API from a browser
 * @param maxRequestBytes largest request body (uploads excepted)
 * @param maxUploadBytes  largest multipart upload
 * @param maxImportBytes  largest upload to the CSV import ({@code POST /api/contacts/import}), which streams to disk
 * @param rateLimit      requests per member, per anonymous client address and per tracking link
 * @param trustedProxies CIDR ranges of the proxies in front of the gateway whose forwarded headers are believed
 * @param internalSecret  the services' internal secret ({@code CRM_INTERNAL_SECRET}), which signs the client address
 *                        the gateway passes on ({@code X-Client-Ip-Proof}); the services believe no address without it
 * @param internalSecretPrevious the previous one during a rotation ({@code CRM_INTERNAL_SECRET_PREVIOUS})
 */
@ConfigurationProperties("crm.gateway")
public record GatewayProperties(
        Services services, String baseDomain, List<String> corsOrigins, long maxRequestBytes, long maxUploadBytes,
        long maxImportBytes, RateLimit rateLimit, List<String> trustedProxies, String internalSecret,
        String internalSecretPrevious) {

    public record Services(String auth, String tenant, String contact, String deal, String communication) {}

    /**
     * {@code capacity} requests, refilled at {@code perSecond}, per member or anonymous client;
     * {@code trackingPerMinute} requests per tracking link; organizations registered an hour per client
     * address and by everyone together; {@code redisUrl} shares the count between gateway replicas.
     */
    public record RateLimit(long capacity, long perSecond, long trackingPerMinute, long registrationsPerHourPerClient,
                            long registrationsPerHour, String redisUrl) {}
}
