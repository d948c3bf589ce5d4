package dev.crm.communication.emails;

import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/tenants/{id}/emails} (the internal secret): the platform's own emails other services
 * send through this one (the auth-service's invitations, password resets and address confirmations; an
 * {@code accountNotice} does not count toward a new organization's sending quota, the rest answers 429 once it is spent). Not an event: such a mail
 * carries a secret link, and a stream keeps messages far longer than the link lives (ADR 16).
 */
@RestController
class InternalEmailController {

    record SystemEmail(@NotBlank @Email @Size(max = 320) String to,
                       @NotBlank @Size(max = 300) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String subject,
                       @NotBlank @Size(max = 100_000) String html,
                       boolean sensitive,
                       Boolean accountNotice) {

        /** Absent from a service that predates the sending quota: counted, as before. */
        boolean isAccountNotice() {
            return Boolean.TRUE.equals(accountNotice);
        }
    }

    private final EmailService emails;
    private final TenantDirectory tenants;

    InternalEmailController(EmailService emails, TenantDirectory tenants) {
        this.emails = emails;
        this.tenants = tenants;
    }

    @PostMapping("/internal/tenants/{tenantId}/emails")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> send(@PathVariable UUID tenantId, @Valid @RequestBody SystemEmail email) {
        CurrentTenant tenant = tenants.findById(tenantId).map(CurrentTenant::of)
                .orElseThrow(() -> new CrmException(CommonError.NOT_FOUND, "No such organization."));
        UUID id = TenantContext.callAs(tenant, () -> emails.sendSystem(email.to(), email.subject(), email.html(), email.sensitive(), email.isAccountNotice()));
        return Map.of("id", id, "status", EmailStatus.QUEUED);
    }
}
