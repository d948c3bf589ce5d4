package dev.crm.communication.emails;

import dev.crm.common.web.Page;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/communications/emails}: members (not viewers) send; every member reads an email's status. */
@RestController
@RequestMapping("/api/communications/emails")
class EmailController {

    private final EmailService emails;

    EmailController(EmailService emails) {
        this.emails = emails;
    }

    /** Queued, not yet sent: 202 with the email (status QUEUED) and where to follow it. */
    @PostMapping("/send")
    ResponseEntity<EmailView> send(@Valid @RequestBody SendEmailRequest request) {
        EmailView email = emails.send(request);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/communications/emails/" + email.id())).body(email);
    }

    @GetMapping("/{id}")
    EmailView get(@PathVariable UUID id) {
        return emails.get(id);
    }

    /** The email's thread, oldest first: what was sent and what came back. */
    @GetMapping("/{id}/thread")
    Page<EmailView> thread(@PathVariable UUID id) {
        return new Page<>(emails.thread(id), null);
    }
}
