package dev.crm.communication.emails;

/** Where an email is: waiting to go (first time or again after a failure), accepted by the SMTP server, delivered or bounced by the recipient's, or given up. */
public enum EmailStatus {
    QUEUED,
    SENT,
    DELIVERED,
    BOUNCED,
    FAILED,
    /** An email that came in (a reply, mail about a contact). */
    RECEIVED
}
