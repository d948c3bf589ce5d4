package dev.crm.auth.directory;

import dev.crm.auth.throttling.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/auth/organizations/find}: sign-in links to an address's organizations, by email (no sign-in). */
@RestController
class FindOrganizationController {

    static final String ANSWER = "If this address belongs to any organization, a sign-in link for each is on its way.";

    record FindRequest(@NotBlank @Email @Size(max = 254) String email) {}

    private final OrganizationFinder finder;
    private final ClientAddress clients;

    FindOrganizationController(OrganizationFinder finder, ClientAddress clients) {
        this.finder = finder;
        this.clients = clients;
    }

    /** 202 and the same words whether or not the address is anyone's. */
    @PostMapping("/api/auth/organizations/find")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> find(@Valid @RequestBody FindRequest request, HttpServletRequest http) {
        finder.find(request.email(), clients.of(http));
        return Map.of("message", ANSWER);
    }
}
