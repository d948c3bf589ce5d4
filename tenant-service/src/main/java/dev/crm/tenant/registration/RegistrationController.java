package dev.crm.tenant.registration;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistrationController {

    private final RegistrationSaga saga;

    RegistrationController(RegistrationSaga saga) {
        this.saga = saga;
    }

    record TenantSummary(UUID id, String subdomain, String name, String status) {}

    record Registration(TenantSummary tenant, String accessToken, String refreshToken, long expiresIn, String tokenType) {}

    @PostMapping("/api/tenants/register")
    ResponseEntity<Registration> register(@Valid @RequestBody RegistrationRequest request) {
        RegistrationSaga.Registered done = saga.register(request);
        ProvisioningClient.Tokens tokens = done.admin().tokens();
        Registration body = new Registration(
                new TenantSummary(done.tenant().id(), done.tenant().subdomain(), done.tenant().name(), "ACTIVE"),
                tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(), tokens.tokenType());
        return ResponseEntity.created(URI.create("/api/tenants/current")).body(body);
    }
}
