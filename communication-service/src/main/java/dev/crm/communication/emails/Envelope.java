package dev.crm.communication.emails;

import java.util.List;
import java.util.UUID;

/** Who an email is from and to, what it is about, its subject, and the thread it continues (null: a new one). */
record Envelope(String fromName, String fromAddress, String replyTo, List<String> to, List<String> cc, String subject,
                Thread thread, UUID contactId, UUID companyId, UUID dealId) {

    /** The thread an email continues: the Message-ID it answers, the References chain with it, the thread's id. */
    record Thread(String inReplyTo, String references, UUID threadId) {}
}
