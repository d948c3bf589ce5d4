package dev.crm.contact.companies;

import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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

/** {@code /api/companies}: companies and their groups. A company's contacts: {@code GET /api/contacts?companyId=}. */
@RestController
@RequestMapping("/api/companies")
class CompanyController {

    private final CompanyService companies;

    CompanyController(CompanyService companies) {
        this.companies = companies;
    }

    @GetMapping
    Page<CompanyResponse> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) UUID ownerId, @RequestParam(required = false) UUID parentId) {
        return companies.list(PageRequest.of(limit, cursor), ownerId, parentId);
    }

    @GetMapping("/trash")
    Page<CompanyResponse> trash(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return companies.trash(PageRequest.of(limit, cursor));
    }

    @PostMapping
    ResponseEntity<CompanyResponse> create(@Valid @RequestBody CompanyData request) {
        CompanyResponse created = companies.create(request);
        return ResponseEntity.created(URI.create("/api/companies/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    CompanyResponse get(@PathVariable UUID id) {
        return companies.get(id);
    }

    @GetMapping("/{id}/children")
    Page<CompanyResponse> children(@PathVariable UUID id, @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String cursor) {
        return companies.children(id, PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}/ancestors")
    List<CompanyResponse> ancestors(@PathVariable UUID id) {
        return companies.ancestors(id);
    }

    @PutMapping("/{id}")
    CompanyResponse replace(@PathVariable UUID id, @Valid @RequestBody CompanyData request) {
        return companies.replace(id, request);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    CompanyResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        return companies.patch(id, patch);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        companies.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    CompanyResponse restore(@PathVariable UUID id) {
        return companies.restore(id);
    }
}
