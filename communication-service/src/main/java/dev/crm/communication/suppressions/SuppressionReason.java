package dev.crm.communication.suppressions;

/** Why sending skips an address: its owner unsubscribed, mail to it bounced for good, or a member added it. */
public enum SuppressionReason {
    UNSUBSCRIBED,
    BOUNCED,
    MANUAL
}
