package dev.crm.contact.contacts;

import dev.crm.common.time.Timestamps;
import dev.crm.common.web.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person the organization sells to. Lives in the organization's schema; deleting moves it to the trash. */
@Entity
@Table(name = "contacts")
class Contact {

    @Id
    private UUID id;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "additional_emails", nullable = false)
    private String[] additionalEmails;

    private String phone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "additional_phones", nullable = false)
    private String[] additionalPhones;

    private String title;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "owner_id")
    private UUID ownerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] tags;

    /** JSON text of {@link ContactData.Address}; null when no address is known. */
    @ColumnTransformer(write = "?::jsonb")
    private String address;

    private String notes;

    /** JSON object text: custom field name to value. */
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

    protected Contact() {}

    Contact(ContactData data, String addressJson, String customFieldsJson, UUID owner, UUID by) {
        this.id = Ids.newId();
        this.createdBy = by;
        this.createdAt = Timestamps.now();
        apply(data, addressJson, customFieldsJson, owner, by, createdAt);
    }

    void update(ContactData data, String addressJson, String customFieldsJson, UUID owner, UUID by) {
        apply(data, addressJson, customFieldsJson, owner, by, Timestamps.now());
    }

    private void apply(ContactData data, String addressJson, String customFieldsJson, UUID owner, UUID by, Instant at) {
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.email = data.email();
        this.additionalEmails = data.additionalEmails().toArray(String[]::new);
        this.phone = data.phone();
        this.additionalPhones = data.additionalPhones().toArray(String[]::new);
        this.title = data.title();
        this.companyId = data.companyId();
        this.ownerId = owner;
        this.tags = data.tags().toArray(String[]::new);
        this.address = addressJson;
        this.notes = data.notes();
        this.customFields = customFieldsJson;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void moveToTrash(UUID by) {
        this.deletedAt = Timestamps.now();
        this.updatedBy = by;
        this.updatedAt = deletedAt;
    }

    void restore(UUID by) {
        this.deletedAt = null;
        this.updatedBy = by;
        this.updatedAt = Timestamps.now();
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    UUID getId() { return id; }
    String getFirstName() { return firstName; }
    String getLastName() { return lastName; }
    String getEmail() { return email; }
    String[] getAdditionalEmails() { return additionalEmails; }
    String getPhone() { return phone; }
    String[] getAdditionalPhones() { return additionalPhones; }
    String getTitle() { return title; }
    UUID getCompanyId() { return companyId; }
    UUID getOwnerId() { return ownerId; }
    String[] getTags() { return tags; }
    String getAddress() { return address; }
    String getNotes() { return notes; }
    String getCustomFields() { return customFields; }
    UUID getCreatedBy() { return createdBy; }
    UUID getUpdatedBy() { return updatedBy; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    Instant getDeletedAt() { return deletedAt; }
    long getVersion() { return version; }
}
