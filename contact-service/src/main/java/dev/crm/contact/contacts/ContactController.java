package dev.crm.contact.contacts;

import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import dev.crm.contact.search.ListRequest;
import dev.crm.contact.search.TimeRanges;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.util.MultiValueMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/contacts}: the contact book. Every member reads; writes follow the roles (RecordOwnership). */
@RestController
@RequestMapping("/api/contacts")
class ContactController {

    private final ContactService contacts;

    ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    /**
     * Newest first, or by {@code sort}; with {@code q} (at least two characters), best match first.
     * Filters: owner, company, {@code tag} (repeatable), created/updated ranges, and {@code cf.<field>}
     * / {@code cf.<field>.min} / {@code .max} on custom fields.
     */
    @GetMapping
    Page<ContactResponse> list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                               @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) UUID ownerId, @RequestParam(required = false) UUID companyId,
                               @RequestParam(required = false) List<String> tag,
                               @RequestParam(required = false) String createdAfter, @RequestParam(required = false) String createdBefore,
                               @RequestParam(required = false) String updatedAfter, @RequestParam(required = false) String updatedBefore,
                               @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ContactFilter filter = new ContactFilter(ownerId, companyId, tag,
                new TimeRanges(createdAfter, createdBefore, updatedAfter, updatedBefore));
        return contacts.list(filter, new ListRequest(q, sort, limit, cursor, parameters));
    }

    @GetMapping("/trash")
    Page<ContactResponse> trash(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return contacts.trash(PageRequest.of(limit, cursor));
    }

    @PostMapping
    ResponseEntity<ContactResponse> create(@Valid @RequestBody ContactData request) {
        ContactResponse created = contacts.create(request);
        return ResponseEntity.created(URI.create("/api/contacts/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ContactResponse get(@PathVariable UUID id) {
        return contacts.get(id);
    }

    @PutMapping("/{id}")
    ContactResponse replace(@PathVariable UUID id, @Valid @RequestBody ContactData request) {
        return contacts.replace(id, request);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    ContactResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        return contacts.patch(id, patch);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        contacts.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ContactResponse restore(@PathVariable UUID id) {
        return contacts.restore(id);
    }
}
