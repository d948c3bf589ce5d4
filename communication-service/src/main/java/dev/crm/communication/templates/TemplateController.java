package dev.crm.communication.templates;

import dev.crm.common.web.Page;
import dev.crm.communication.content.EmailContent;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/communications/templates}: members read and preview; admins and managers write. */
@RestController
@RequestMapping("/api/communications/templates")
class TemplateController {

    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    /** Every template by name (an organization keeps tens, not thousands: one page). */
    @GetMapping
    Page<TemplateView> list() {
        return new Page<>(templates.list(), null);
    }

    /** The variables a template may use. */
    @GetMapping("/variables")
    Map<String, Object> variables() {
        return Map.of("items", TemplateRenderer.VARIABLES.stream().sorted().toList());
    }

    @GetMapping("/{id}")
    TemplateView get(@PathVariable UUID id) {
        return templates.get(id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @PostMapping
    ResponseEntity<TemplateView> create(@Valid @RequestBody TemplateData data) {
        TemplateView created = templates.create(data);
        return ResponseEntity.created(URI.create("/api/communications/templates/" + created.id())).body(created);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @PutMapping("/{id}")
    TemplateView replace(@PathVariable UUID id, @Valid @RequestBody TemplateData data) {
        return templates.replace(id, data);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    TemplateView patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        return templates.patch(id, patch);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        templates.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/preview")
    Preview preview(@Valid @RequestBody PreviewRequest request) {
        TemplateRenderer.Rendered rendered = templates.render(request.templateId(), request.subject(), request.body(),
                request.contactId(), request.companyId(), request.dealId());
        EmailContent content = EmailContent.of(rendered.html());
        return new Preview(rendered.subject(), content.html(), content.text(), rendered.missing());
    }
}
