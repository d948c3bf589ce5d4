package dev.crm.communication.templates;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A preview: a template, or a subject and body being written (they win over the template's), for these records. */
record PreviewRequest(UUID templateId, @Size(max = 300) String subject, @Size(max = 200_000) String body, UUID contactId,
                      UUID companyId, UUID dealId) {}
