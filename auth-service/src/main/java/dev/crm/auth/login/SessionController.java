package dev.crm.auth.login;

import dev.crm.auth.throttling.ClientAddress;
import dev.crm.auth.tokens.TokenPair;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class SessionController {

    private final SessionService sessions;
    private final ClientAddress clients;

    SessionController(SessionService sessions, ClientAddress clients) {
        this.sessions = sessions;
        this.clients = clients;
    }

    record LoginRequest(
            @NotBlank @Size(max = 40) String tenant,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password) {}

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}

    @PostMapping("/login")
    TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return sessions.login(request.tenant(), request.email(), request.password(), clients.of(http));
    }

    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return sessions.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
        sessions.logout(request.refreshToken());
        return ResponseEntity.noContent().build();
    }
}
