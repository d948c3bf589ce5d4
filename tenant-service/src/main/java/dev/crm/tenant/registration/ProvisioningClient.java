package dev.crm.tenant.registration;

import dev.crm.common.autoconfigure.CrmProperties;
import dev.crm.common.logging.CorrelationIdFilter;
import dev.crm.common.security.InternalSecretFilter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Calls the other services' provisioning steps over their internal endpoints. */
@Component
class ProvisioningClient {

    private final RestClient http;
    private final ServiceUrls urls;

    ProvisioningClient(CrmProperties crm, ServiceUrls urls, @Value("${crm.provisioning.step-timeout}") Duration timeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build());
        factory.setReadTimeout(timeout);
        this.http = RestClient.builder()
                .requestFactory(factory)
                .defaultHeader(InternalSecretFilter.HEADER, crm.internalSecret())
                .requestInterceptor((request, body, execution) -> {
                    String correlation = MDC.get("correlation_id");
                    if (correlation != null) request.getHeaders().set(CorrelationIdFilter.HEADER, correlation);
                    return execution.execute(request, body);
                })
                .build();
        this.urls = urls;
    }

    void migrateSchema(String baseUrl, UUID tenantId) {
        http.post().uri(baseUrl + "/internal/tenants/{id}/schema", tenantId).retrieve().toBodilessEntity();
    }

    record FirstAdmin(String email, String fullName, String password) {}

    record Tokens(String accessToken, String refreshToken, long expiresIn, String tokenType) {}

    record FirstAdminCreated(UUID userId, Tokens tokens) {}

    FirstAdminCreated createFirstAdmin(UUID tenantId, FirstAdmin admin) {
        return http.post().uri(urls.auth() + "/internal/tenants/{id}/admin", tenantId).body(admin).retrieve().body(FirstAdminCreated.class);
    }
}
