package dev.crm.deal.deals;

import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
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

/** {@code /api/deals}: every member reads; writes follow the roles (RecordOwnership) and the stage rules. */
@RestController
@RequestMapping("/api/deals")
class DealController {

    private final DealService deals;
    private final DealBoard board;
    private final CustomerDeals customerDeals;

    DealController(DealService deals, DealBoard board, CustomerDeals customerDeals) {
        this.customerDeals = customerDeals;
        this.deals = deals;
        this.board = board;
    }

    /** The pipeline (default: the default one) as a board: a column per stage with counts, totals and its first page. */
    @GetMapping("/board")
    DealBoard.Board board(@RequestParam(required = false) UUID pipelineId, @RequestParam(required = false) UUID ownerId,
                          @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer closedWithinDays) {
        return board.board(pipelineId, ownerId, limit, closedWithinDays);
    }

    /** Newest first; {@code q} searches the name (2 to 200 characters, case and accents ignored). */
    @GetMapping
    Page<DealResponse> list(@RequestParam(required = false) UUID pipelineId, @RequestParam(required = false) UUID stageId,
                            @RequestParam(required = false) UUID ownerId, @RequestParam(required = false) DealStatus status,
                            @RequestParam(required = false) UUID contactId, @RequestParam(required = false) UUID companyId,
                            @RequestParam(required = false) Instant closedAfter, @RequestParam(required = false) String q,
                            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return deals.list(new DealFilter(pipelineId, stageId, ownerId, status, contactId, companyId, closedAfter,
                DealSearch.checked(q)), PageRequest.of(limit, cursor));
    }

    /** A contact's deals, or a company group's ({@code companyId} repeated), counted and summed by status and currency. */
    @GetMapping("/summary")
    CustomerDeals.Summary summary(@RequestParam(required = false) UUID contactId, @RequestParam(required = false) List<UUID> companyId) {
        return customerDeals.of(contactId, companyId);
    }

    @PostMapping
    ResponseEntity<DealResponse> create(@Valid @RequestBody DealData request) {
        DealResponse created = deals.create(request);
        return ResponseEntity.created(URI.create("/api/deals/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    DealResponse get(@PathVariable UUID id) {
        return deals.get(id);
    }

    @GetMapping("/{id}/history")
    Page<StageChangeResponse> history(@PathVariable UUID id) {
        return deals.history(id);
    }

    @PutMapping("/{id}")
    DealResponse replace(@PathVariable UUID id, @Valid @RequestBody DealData request) {
        return deals.replace(id, request);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    DealResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
        return deals.patch(id, patch);
    }

    @PostMapping("/bulk/stage")
    Page<DealResponse> bulkMove(@Valid @RequestBody BulkMove request) {
        return new Page<>(deals.bulkMove(request), null);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        deals.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    DealResponse restore(@PathVariable UUID id) {
        return deals.restore(id);
    }
}
