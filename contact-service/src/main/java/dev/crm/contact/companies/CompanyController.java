package dev.crm.contact.companies;

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

/** {@code /api/companies}: companies and their groups. A company's contacts: {@code GET /api/contacts?companyId=}. */
@RestController
@RequestMapping("/api/companies")
class CompanyController {

    private final CompanyService companies;

    CompanyController(CompanyService companies) {
        this.companies = companies;
    }

    /**
     * Newest first, or by {@code sort} (name, domain, createdAt, updatedAt, cf.<field>; - for descending);
     * with {@code q}, best match first. Filters: owner, parent, industry, created/updated ranges, custom fields.
     */
    @GetMapping
    Page<CompanyResponse> list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                               @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) UUID ownerId, @RequestParam(required = false) UUID parentId,
                               @RequestParam(required = false) String industry,
                               @RequestParam(required = false) String createdAfter, @RequestParam(required = false) String createdBefore,
                               @RequestParam(required = false) String updatedAfter, @RequestParam(required = false) String updatedBefore,
                               @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        CompanyFilter filter = new CompanyFilter(ownerId, parentId, industry,
                new TimeRanges(createdAfter, createdBefore, updatedAfter, updatedBefore));
        return companies.list(filter, new ListRequest(q, sort, limit, cursor, parameters));
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
        return companies.children(id, new ListRequest(null, null, limit, cursor, null));
    }

    /** The company and all its live sub-companies (ids, at most 500): what a group's figures add up. */
    @GetMapping("/{id}/group")
    CompanyService.Group group(@PathVariable UUID id) {
        return companies.group(id);
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
