package dev.crm.communication.templates;

import dev.crm.common.time.Timestamps;
import dev.crm.common.web.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An email template: a name, a subject and an HTML body with {@code {{variables}}}, sanitized when saved. */
@Entity
@Table(name = "templates")
class Template {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Template() {}

    Template(UUID by) {
        this.id = Ids.newId();
        this.createdBy = by;
        this.createdAt = Timestamps.now();
    }

    void update(String name, String subject, String body, UUID by) {
        this.name = name;
        this.subject = subject;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = updatedAt == null ? createdAt : Timestamps.now();
    }

    TemplateView view() {
        return new TemplateView(id, name, subject, body, createdBy, updatedBy, createdAt, updatedAt, version);
    }

    UUID getId() { return id; }
    String getSubject() { return subject; }
    String getBody() { return body; }
    long getVersion() { return version; }
}
