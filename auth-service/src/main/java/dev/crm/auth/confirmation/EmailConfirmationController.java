package dev.crm.auth.confirmation;

import dev.crm.auth.throttling.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/auth/email}: confirm an address with its emailed link (no sign-in), or ask for a new link. */
@RestController
@RequestMapping("/api/auth/email")
class EmailConfirmationController {

    record ConfirmRequest(@NotBlank @Size(max = 40) String tenant, @NotBlank @Size(max = 200) String token) {}

    private final EmailConfirmationService confirmations;
    private final ClientAddress clients;

    EmailConfirmationController(EmailConfirmationService confirmations, ClientAddress clients) {
        this.confirmations = confirmations;
        this.clients = clients;
    }

    @PostMapping("/confirm")
    ResponseEntity<Void> confirm(@Valid @RequestBody ConfirmRequest request, HttpServletRequest http) {
        confirmations.confirm(request.tenant(), request.token(), clients.of(http));
        return ResponseEntity.noContent().build();
    }

    /** A new link to the signed-in member's address. */
    @PostMapping("/confirmation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> resend() {
        return Map.of("message", confirmations.resend());
    }
}
