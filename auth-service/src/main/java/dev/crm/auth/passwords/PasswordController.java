package dev.crm.auth.passwords;

import dev.crm.auth.throttling.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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

/** {@code /api/auth/password}: ask for a reset link (no sign-in), and set a new password with it. */
@RestController
@RequestMapping("/api/auth/password")
class PasswordController {

    record ForgotRequest(@NotBlank @Size(max = 40) String tenant, @NotBlank @Email @Size(max = 254) String email) {}

    record ResetRequest(@NotBlank @Size(max = 40) String tenant, @NotBlank @Size(max = 200) String token,
                        @NotBlank @Size(min = 10, max = 200, message = "must be at least 10 characters") String password) {}

    private final PasswordResetService resets;
    private final ClientAddress clients;

    PasswordController(PasswordResetService resets, ClientAddress clients) {
        this.resets = resets;
        this.clients = clients;
    }

    /** 202 and the same words whether or not the address is a member's. */
    @PostMapping("/forgot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> forgot(@Valid @RequestBody ForgotRequest request) {
        resets.forgot(request.tenant(), request.email());
        return Map.of("message", "If this address belongs to a member, a link to reset the password is on its way. It works once, for 30 minutes.");
    }

    @PostMapping("/reset")
    ResponseEntity<Void> reset(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
        resets.reset(request.tenant(), request.token(), request.password(), clients.of(http));
        return ResponseEntity.noContent().build();
    }
}
