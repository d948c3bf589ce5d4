package dev.crm.contact.importing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The contact fields a CSV column can fill, with the header our own export writes for each (the
 * "CRM" preset). Columns of the repeatable ones add to a list (emails, phones, tags); a full-name
 * column is split into first and last name when the row has neither.
 */
public enum ContactColumn {
    FIRST_NAME("firstName", "First name", "First Name"),
    LAST_NAME("lastName", "Last name", "Last Name"),
    FULL_NAME("fullName", "Full name (split into first and last)", null),
    EMAIL("email", "Email", "Email"),
    ADDITIONAL_EMAILS("additionalEmails", "Additional emails", "Additional Emails"),
    PHONE("phone", "Phone", "Phone"),
    ADDITIONAL_PHONES("additionalPhones", "Additional phones", "Additional Phones"),
    TITLE("title", "Title", "Title"),
    COMPANY_NAME("companyName", "Company", "Company"),
    COMPANY_DOMAIN("companyDomain", "Company domain", "Company Domain"),
    OWNER_ID("ownerId", "Owner (member id)", "Owner ID"),
    TAGS("tags", "Tags", "Tags"),
    STREET("street", "Street", "Street"),
    CITY("city", "City", "City"),
    REGION("region", "Region or state", "Region"),
    POSTAL_CODE("postalCode", "Postal code", "Postal Code"),
    COUNTRY("country", "Country", "Country"),
    NOTES("notes", "Notes", "Notes");

    /** Prefix of the keys of custom fields: {@code cf.<name>}. */
    public static final String CUSTOM = "cf.";

    private final String key;
    private final String label;
    private final String exportHeader;

    ContactColumn(String key, String label, String exportHeader) {
        this.key = key;
        this.label = label;
        this.exportHeader = exportHeader;
    }

    public String key() { return key; }
    public String label() { return label; }
    /** The header of this column in our export, or null when the export does not write it. */
    public String exportHeader() { return exportHeader; }

    /** Whether several columns may map to it, each adding values. */
    boolean repeatable() {
        return this == ADDITIONAL_EMAILS || this == ADDITIONAL_PHONES || this == TAGS;
    }

    /** Whether a row identifies a contact by it: at least one such column must be mapped. */
    boolean names() {
        return this == FIRST_NAME || this == LAST_NAME || this == FULL_NAME || this == EMAIL;
    }

    static Optional<ContactColumn> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
