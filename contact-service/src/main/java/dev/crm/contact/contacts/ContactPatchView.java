package dev.crm.contact.contacts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The writable part of a contact, which a merge patch is applied to (read-only fields cannot be patched). */
record ContactPatchView(
        String firstName, String lastName, String email, List<String> additionalEmails, String phone,
        List<String> additionalPhones, String title, UUID companyId, UUID ownerId, List<String> tags,
        ContactData.Address address, String notes, Map<String, Object> customFields, Long version) {

    static ContactPatchView of(ContactResponse c) {
        return new ContactPatchView(c.firstName(), c.lastName(), c.email(), c.additionalEmails(), c.phone(),
                c.additionalPhones(), c.title(), c.companyId(), c.ownerId(), c.tags(), c.address(), c.notes(),
                c.customFields(), c.version());
    }
}
