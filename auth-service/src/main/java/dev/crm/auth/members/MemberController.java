package dev.crm.auth.members;

import dev.crm.common.security.Role;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Settings -> Members. Everyone may see who is in the organization; only admins change it. */
@RestController
@RequestMapping("/api/tenants/users")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    record RoleChange(@NotNull Role role, Long version) {}

    @GetMapping
    Page<MemberResponse> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return members.list(PageRequest.of(limit, cursor));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasRole('ADMIN')")
    MemberResponse changeRole(@PathVariable UUID id, @Valid @RequestBody RoleChange change) {
        return members.changeRole(id, change.role(), change.version());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        members.remove(id);
        return ResponseEntity.noContent().build();
    }
}
