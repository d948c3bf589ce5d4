package dev.crm.auth.invitations;

import dev.crm.auth.throttling.ClientAddress;
import dev.crm.auth.tokens.TokenPair;
import dev.crm.common.security.Role;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvitationController {

    private final InvitationService invitations;
    private final ClientAddress clients;

    InvitationController(InvitationService invitations, ClientAddress clients) {
        this.invitations = invitations;
        this.clients = clients;
    }

    record InviteRequest(@NotBlank @Email @Size(max = 254) String email, @NotNull Role role) {}

    record AcceptRequest(
            @NotBlank @Size(max = 40) String tenant,
            @NotBlank @Size(max = 100) String token,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(min = 10, max = 200, message = "must be at least 10 characters") String password) {}

    @PostMapping("/api/tenants/invitations")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<InvitationResponse> invite(@Valid @RequestBody InviteRequest request) {
        InvitationResponse created = invitations.invite(request.email(), request.role());
        return ResponseEntity.created(URI.create("/api/tenants/invitations/" + created.id())).body(created);
    }

    @GetMapping("/api/tenants/invitations")
    @PreAuthorize("hasRole('ADMIN')")
    Page<InvitationResponse> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return invitations.list(PageRequest.of(limit, cursor));
    }

    @DeleteMapping("/api/tenants/invitations/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        invitations.revoke(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/auth/invitations/{token}")
    InvitationService.Preview preview(@PathVariable String token, @RequestParam String tenant) {
        return invitations.preview(tenant, token);
    }

    @PostMapping("/api/auth/register")
    ResponseEntity<TokenPair> accept(@Valid @RequestBody AcceptRequest request, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(invitations.accept(
                request.tenant(), request.token(), request.fullName(), request.password(), clients.of(http)));
    }
}
