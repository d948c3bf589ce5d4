package dev.crm.auth.members;

import dev.crm.auth.users.User;
import java.time.Instant;
import java.util.UUID;

/** A member as admins see it in Settings -> Members. */
public record MemberResponse(UUID id, String email, String fullName, String role, String status, Instant createdAt, long version) {

    static MemberResponse from(User user) {
        return new MemberResponse(user.getId(), user.getEmail(), user.getFullName(), user.getRole().name(),
                user.getStatus().name(), user.getCreatedAt(), user.getVersion());
    }
}
