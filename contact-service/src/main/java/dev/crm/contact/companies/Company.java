package dev.crm.contact.companies;

import dev.crm.common.persistence.OwnedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** An organization the tenant sells to, possibly part of a group (parent company). Deleting moves it to the trash. */
@Entity
@Table(name = "companies")
class Company extends OwnedRecord {

    @Column(nullable = false)
    private String name;

    private String domain;
    private String industry;
    private String size;
    private String website;

    @Column(name = "parent_id")
    private UUID parentId;

    protected Company() {}

    Company(CompanyData data, String customFieldsJson, UUID owner, UUID by) {
        super(by);
        update(data, customFieldsJson, owner, by);
    }

    void update(CompanyData data, String customFieldsJson, UUID owner, UUID by) {
        this.name = data.name();
        this.domain = data.domain();
        this.industry = data.industry();
        this.size = data.size();
        this.website = data.website();
        this.parentId = data.parentId();
        changed(owner, customFieldsJson, by);
    }

    String getName() { return name; }
    String getDomain() { return domain; }
    String getIndustry() { return industry; }
    String getSize() { return size; }
    String getWebsite() { return website; }
    UUID getParentId() { return parentId; }
}
