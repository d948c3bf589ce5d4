package dev.crm.communication.emails;

import dev.crm.common.web.OneLine;
import java.util.List;
import java.util.UUID;

/** Who an email is from and to, what it is about, its subject, and the thread it continues (null: a new one). */
record Envelope(String fromName, String fromAddress, String replyTo, List<String> to, List<String> cc, String subject,
                Thread thread, UUID contactId, UUID companyId, UUID dealId) {

    /** The sender's name and the subject become headers: one line, short, whatever an older record held. */
    Envelope {
        fromName = OneLine.of(fromName, 100);
        subject = OneLine.of(subject, 300);
    }

    /** The thread an email continues: the Message-ID it answers, the References chain with it, the thread's id. */
    record Thread(String inReplyTo, String references, UUID threadId) {}
}
