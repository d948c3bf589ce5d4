package dev.crm.communication.suppressions;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import dev.crm.communication.CommunicationError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/communications/suppressions}: members read the list (by address, {@code q} to search);
 * admins and managers add an address by hand; admins take one off (after the person asked to hear again).
 * Changes are audited.
 */
@RestController
@RequestMapping("/api/communications/suppressions")
class SuppressionController {

    record AddRequest(@NotBlank @Email @Size(max = 320) String address) {}

    private final Suppressions suppressions;
    private final AuditTrail audit;

    SuppressionController(Suppressions suppressions, AuditTrail audit) {
        this.suppressions = suppressions;
        this.audit = audit;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public Page<Suppression> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, null);
        return Page.fromOverfetch(suppressions.page(decode(cursor), q, page.fetchSize()), page.limit(), s -> encode(s.address()));
    }

    @GetMapping("/{address}")
    @Transactional(readOnly = true)
    public Suppression get(@PathVariable String address) {
        return suppressions.find(address).orElseThrow(SuppressionController::notListed);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @PostMapping
    @Transactional
    public ResponseEntity<Suppression> add(@Valid @RequestBody AddRequest request) {
        boolean added = suppressions.add(request.address(), SuppressionReason.MANUAL, null, CurrentUser.require().id());
        Suppression suppression = suppressions.find(request.address()).orElseThrow();
        if (added) audit.record("CREATED", "suppression", suppression.address(), null, suppression);
        return ResponseEntity.created(URI.create("/api/communications/suppressions/" + suppression.address())).body(suppression);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @DeleteMapping("/{address}")
    @Transactional
    public ResponseEntity<Void> remove(@PathVariable String address) {
        Suppression before = suppressions.find(address).orElseThrow(SuppressionController::notListed);
        suppressions.remove(address);
        audit.record("DELETED", "suppression", before.address(), before, null);
        return ResponseEntity.noContent().build();
    }

    private static CrmException notListed() {
        return new CrmException(CommunicationError.NOT_SUPPRESSED, "This address is not on your suppression list.");
    }

    private static String encode(String address) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(address.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) return null;
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "cursor", "is not a cursor this list gave out");
        }
    }
}
