package dev.crm.common.events.contracts;

import java.util.UUID;

/**
 * contact-service: a contact was created, updated, moved to the trash or restored. Carries what other
 * services show of a contact, so a deleted one stays readable where it is referenced.
 */
public record ContactChanged(UUID contactId, String firstName, String lastName, String email, UUID companyId, UUID ownerId) {}
