package dev.crm.common.events.contracts;

import java.util.UUID;

/** contact-service: a company was created, updated, moved to the trash or restored. */
public record CompanyChanged(UUID companyId, String name, String domain, UUID parentId, UUID ownerId) {}
