package dev.crm.contact.customfields;

import dev.crm.common.customfields.FieldDefinition;
import dev.crm.common.customfields.FieldKind;
import dev.crm.common.time.Timestamps;
import dev.crm.common.web.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The definition of one custom field of an entity type, in the organization's schema. */
@Entity
@Table(name = "custom_fields")
class CustomField {

    @Id
    private UUID id;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FieldKind kind;

    @Column(nullable = false)
    private boolean required;

    /** JSON text of the default value, or null. */
    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "default_value")
    private String defaultValue;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] options;

    private String currency;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CustomField() {}

    CustomField(String entityType, String name, FieldKind kind, FieldSettings settings, String defaultJson) {
        this.id = Ids.newId();
        this.entityType = entityType;
        this.name = name;
        this.kind = kind;
        this.createdAt = Timestamps.now();
        change(settings, defaultJson);
    }

    void change(FieldSettings settings, String defaultJson) {
        this.label = settings.label();
        this.required = Boolean.TRUE.equals(settings.required());
        this.defaultValue = defaultJson;
        this.options = settings.options().toArray(String[]::new);
        this.currency = settings.currency();
        this.position = settings.position() == null ? 0 : settings.position();
        this.updatedAt = updatedAt == null ? createdAt : Timestamps.now();
    }

    /** What checking a value needs of this field. */
    FieldDefinition definition() {
        return new FieldDefinition(name, kind, required, defaultValue, Arrays.asList(options));
    }

    UUID getId() { return id; }
    String getEntityType() { return entityType; }
    String getName() { return name; }
    String getLabel() { return label; }
    FieldKind getKind() { return kind; }
    boolean isRequired() { return required; }
    String getDefaultValue() { return defaultValue; }
    String[] getOptions() { return options; }
    String getCurrency() { return currency; }
    int getPosition() { return position; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
