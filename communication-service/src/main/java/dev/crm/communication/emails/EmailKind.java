package dev.crm.communication.emails;

/** Who an email is from: a member writing to a customer, or the platform (welcome, invitation, password reset). */
public enum EmailKind {
    MEMBER,
    SYSTEM
}
