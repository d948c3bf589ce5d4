package dev.crm.contact.customfields;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/custom-fields}: every member reads the definitions (forms need them); admins change them. */
@RestController
@RequestMapping("/api/custom-fields")
@Validated
class CustomFieldController {

    private final CustomFieldService fields;

    CustomFieldController(CustomFieldService fields) {
        this.fields = fields;
    }

    @GetMapping
    List<CustomFieldResponse> list(@RequestParam(required = false)
                                   @Pattern(regexp = "contact|company|deal", message = "must be contact, company or deal") String entityType) {
        return fields.list(entityType);
    }

    @GetMapping("/{id}")
    CustomFieldResponse get(@PathVariable UUID id) {
        return fields.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CustomFieldResponse> create(@Valid @RequestBody NewField request) {
        CustomFieldResponse created = fields.create(request);
        return ResponseEntity.created(URI.create("/api/custom-fields/" + created.id())).body(created);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasRole('ADMIN')")
    CustomFieldResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        return fields.patch(id, patch);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        fields.delete(id);
        return ResponseEntity.noContent().build();
    }
}
