package dev.crm.communication.emails;

/** Who an email is from: a member writing to a customer, the platform (welcome, invitation, password reset), or someone writing in. */
public enum EmailKind {
    MEMBER,
    SYSTEM,
    INBOUND
}
