package dev.crm.common.events.contracts;

/**
 * An event contract: its type name (the subject suffix) and its payload record. Producers and
 * consumers both refer to these constants, so they cannot drift apart. A breaking change gets a new
 * type, never a changed one.
 */
public record EventType<T>(String name, Class<T> payload) {

    public static final EventType<TenantCreated> TENANT_CREATED = new EventType<>("tenant.created", TenantCreated.class);
    public static final EventType<UserCreated> USER_CREATED = new EventType<>("user.created", UserCreated.class);
    public static final EventType<ContactChanged> CONTACT_CREATED = new EventType<>("contact.created", ContactChanged.class);
    public static final EventType<ContactChanged> CONTACT_UPDATED = new EventType<>("contact.updated", ContactChanged.class);
    public static final EventType<ContactChanged> CONTACT_DELETED = new EventType<>("contact.deleted", ContactChanged.class);
    public static final EventType<ContactChanged> CONTACT_RESTORED = new EventType<>("contact.restored", ContactChanged.class);
    public static final EventType<AuditRecorded> AUDIT_RECORDED = new EventType<>("audit.recorded", AuditRecorded.class);
}
