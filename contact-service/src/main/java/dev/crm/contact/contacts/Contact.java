package dev.crm.contact.contacts;

import dev.crm.common.persistence.OwnedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person the organization sells to. Lives in the organization's schema; deleting moves it to the trash. */
@Entity
@Table(name = "contacts")
class Contact extends OwnedRecord {

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

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] tags;

    /** JSON text of {@link ContactData.Address}; null when no address is known. */
    @ColumnTransformer(write = "?::jsonb")
    private String address;

    private String notes;

    protected Contact() {}

    Contact(ContactData data, String addressJson, String customFieldsJson, UUID owner, UUID by) {
        super(by);
        update(data, addressJson, customFieldsJson, owner, by);
    }

    void update(ContactData data, String addressJson, String customFieldsJson, UUID owner, UUID by) {
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.email = data.email();
        this.additionalEmails = data.additionalEmails().toArray(String[]::new);
        this.phone = data.phone();
        this.additionalPhones = data.additionalPhones().toArray(String[]::new);
        this.title = data.title();
        this.companyId = data.companyId();
        this.tags = data.tags().toArray(String[]::new);
        this.address = addressJson;
        this.notes = data.notes();
        changed(owner, customFieldsJson, by);
    }

    String getFirstName() { return firstName; }
    String getLastName() { return lastName; }
    String getEmail() { return email; }
    String[] getAdditionalEmails() { return additionalEmails; }
    String getPhone() { return phone; }
    String[] getAdditionalPhones() { return additionalPhones; }
    String getTitle() { return title; }
    UUID getCompanyId() { return companyId; }
    String[] getTags() { return tags; }
    String getAddress() { return address; }
    String getNotes() { return notes; }
}
