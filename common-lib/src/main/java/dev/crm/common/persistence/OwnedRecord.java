package dev.crm.common.persistence;

import dev.crm.common.time.Timestamps;
import dev.crm.common.web.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * What every business record shares: a time-ordered id, an owner (the roles' rules depend on it),
 * custom field values (JSON object text), who created and last changed it and when, the trash
 * ({@code deleted_at}), and a version for optimistic locking.
 */
@MappedSuperclass
public abstract class OwnedRecord {

    @Id
    private UUID id;

    @Column(name = "owner_id")
    private UUID ownerId;

    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "custom_fields", nullable = false)
    private String customFields;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected OwnedRecord() {}

    protected OwnedRecord(UUID by) {
        this.id = Ids.newId();
        this.createdBy = by;
        this.createdAt = Timestamps.now();
    }

    /** Records a change by {@code by}, with the owner and custom field values it leaves. */
    protected void changed(UUID owner, String customFieldsJson, UUID by) {
        this.ownerId = owner;
        this.customFields = customFieldsJson;
        this.updatedBy = by;
        this.updatedAt = updatedAt == null ? createdAt : Timestamps.now();
    }

    public void moveToTrash(UUID by) {
        this.deletedAt = Timestamps.now();
        this.updatedBy = by;
        this.updatedAt = deletedAt;
    }

    public void restore(UUID by) {
        this.deletedAt = null;
        this.updatedBy = by;
        this.updatedAt = Timestamps.now();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public UUID getId() { return id; }
    public UUID getOwnerId() { return ownerId; }
    public String getCustomFields() { return customFields; }
    public UUID getCreatedBy() { return createdBy; }
    public UUID getUpdatedBy() { return updatedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getDeletedAt() { return deletedAt; }
    public long getVersion() { return version; }
}
