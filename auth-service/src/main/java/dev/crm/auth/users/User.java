package dev.crm.auth.users;

import dev.crm.common.security.Role;
import dev.crm.common.web.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A member of one organization. Lives in that organization's schema. */
@Entity
@Table(name = "users")
public class User {

    public enum Status { ACTIVE, REMOVED }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the member proved the address is theirs (a link only emailed to it was used); null until then. */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {}

    public User(String email, String fullName, String passwordHash, Role role) {
        this.id = Ids.newId();
        this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
        this.fullName = fullName.trim();
        this.passwordHash = passwordHash;
        this.role = role;
        this.status = Status.ACTIVE;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
        this.updatedAt = Instant.now();
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Marks the address confirmed; false when it already was. */
    public boolean confirmEmail(Instant now) {
        if (emailConfirmedAt != null) return false;
        this.emailConfirmedAt = now;
        return true;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    public void remove() {
        this.status = Status.REMOVED;
        this.updatedAt = Instant.now();
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public UUID getId() { return id; }
    public String getEmail() { return email; }
    public String getFullName() { return fullName; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
