package dev.crm.deal.pipelines;

import dev.crm.common.time.Timestamps;
import dev.crm.common.web.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A sales process: an ordered list of {@link Stage}s that deals move through. */
@Entity
@Table(name = "pipelines")
public class Pipeline {

    @Id
    private UUID id;

    private String name;

    private int position;

    @Column(name = "is_default")
    private boolean isDefault;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Pipeline() {}

    Pipeline(String name, int position, boolean isDefault) {
        this.id = Ids.newId();
        this.name = name;
        this.position = position;
        this.isDefault = isDefault;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    void rename(String name) {
        this.name = name;
        this.updatedAt = Timestamps.now();
    }

    void setDefault(boolean isDefault) {
        this.isDefault = isDefault;
        this.updatedAt = Timestamps.now();
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public int getPosition() { return position; }
    public boolean isDefault() { return isDefault; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
