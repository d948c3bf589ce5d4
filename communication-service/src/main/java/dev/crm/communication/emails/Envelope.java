package dev.crm.communication.emails;

import java.util.List;
import java.util.UUID;

/** Who an email is from and to, what it is about, its subject and the message it answers (if any). */
record Envelope(String fromName, String fromAddress, String replyTo, List<String> to, List<String> cc, String subject,
                String inReplyTo, UUID contactId, UUID companyId, UUID dealId) {}
