package dev.crm.auth.login;

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

    /** Set by the gateway from the connection's address; a client cannot choose it. */
    static final String CLIENT_IP_HEADER = "X-Client-Ip";

    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    record LoginRequest(
            @NotBlank @Size(max = 40) String tenant,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password) {}

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}

    @PostMapping("/login")
    TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String ip = http.getHeader(CLIENT_IP_HEADER) != null ? http.getHeader(CLIENT_IP_HEADER) : http.getRemoteAddr();
        return sessions.login(request.tenant(), request.email(), request.password(), ip);
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
