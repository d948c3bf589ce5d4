package dev.crm.contact.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contact as clients see it. */
public record ContactResponse(
        UUID id, String firstName, String lastName, String email, List<String> additionalEmails, String phone,
        List<String> additionalPhones, String title, UUID companyId, UUID ownerId, List<String> tags,
        ContactData.Address address, String notes, Map<String, Object> customFields,
        UUID createdBy, UUID updatedBy, Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {}
