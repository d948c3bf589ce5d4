package dev.crm.common.events.contracts;

/**
 * An event contract: its type name (the subject suffix) and its payload record. Producers and
 * consumers both refer to these constants, so they cannot drift apart. A breaking change gets a new
 * type, never a changed one.
 */
public record EventType<T>(String name, Class<T> payload) {

    public static final EventType<TenantCreated> TENANT_CREATED = new EventType<>("tenant.created", TenantCreated.class);
    public static final EventType<UserCreated> USER_CREATED = new EventType<>("user.created", UserCreated.class);
    public static final EventType<UserEmailConfirmed> USER_EMAIL_CONFIRMED =
            new EventType<>("user.email_confirmed", UserEmailConfirmed.class);
    public static final EventType<ContactChanged> CONTACT_CREATED = new EventType<>("contact.created", ContactChanged.class);
    public static final EventType<ContactChanged> CONTACT_UPDATED = new EventType<>("contact.updated", ContactChanged.class);
    public static final EventType<ContactChanged> CONTACT_DELETED = new EventType<>("contact.deleted", ContactChanged.class);
    public static final EventType<ContactChanged> CONTACT_RESTORED = new EventType<>("contact.restored", ContactChanged.class);
    public static final EventType<CompanyChanged> COMPANY_CREATED = new EventType<>("company.created", CompanyChanged.class);
    public static final EventType<CompanyChanged> COMPANY_UPDATED = new EventType<>("company.updated", CompanyChanged.class);
    public static final EventType<CompanyChanged> COMPANY_DELETED = new EventType<>("company.deleted", CompanyChanged.class);
    public static final EventType<CompanyChanged> COMPANY_RESTORED = new EventType<>("company.restored", CompanyChanged.class);
    public static final EventType<DealChanged> DEAL_CREATED = new EventType<>("deal.created", DealChanged.class);
    public static final EventType<DealChanged> DEAL_UPDATED = new EventType<>("deal.updated", DealChanged.class);
    public static final EventType<DealChanged> DEAL_DELETED = new EventType<>("deal.deleted", DealChanged.class);
    public static final EventType<DealChanged> DEAL_RESTORED = new EventType<>("deal.restored", DealChanged.class);
    public static final EventType<DealStageChanged> DEAL_STAGE_CHANGED = new EventType<>("deal.stage_changed", DealStageChanged.class);
    public static final EventType<DealClosed> DEAL_CLOSED_WON = new EventType<>("deal.closed_won", DealClosed.class);
    public static final EventType<DealClosed> DEAL_CLOSED_LOST = new EventType<>("deal.closed_lost", DealClosed.class);
    public static final EventType<ActivityChanged> ACTIVITY_CREATED = new EventType<>("activity.created", ActivityChanged.class);
    public static final EventType<ActivityChanged> ACTIVITY_UPDATED = new EventType<>("activity.updated", ActivityChanged.class);
    public static final EventType<ActivityChanged> ACTIVITY_DELETED = new EventType<>("activity.deleted", ActivityChanged.class);
    public static final EventType<ActivityChanged> ACTIVITY_RESTORED = new EventType<>("activity.restored", ActivityChanged.class);
    public static final EventType<EmailStatusChanged> EMAIL_SENT = new EventType<>("email.sent", EmailStatusChanged.class);
    public static final EventType<EmailStatusChanged> EMAIL_FAILED = new EventType<>("email.failed", EmailStatusChanged.class);
    public static final EventType<EmailStatusChanged> EMAIL_DELIVERED = new EventType<>("email.delivered", EmailStatusChanged.class);
    public static final EventType<EmailStatusChanged> EMAIL_BOUNCED = new EventType<>("email.bounced", EmailStatusChanged.class);
    public static final EventType<EmailEngaged> EMAIL_OPENED = new EventType<>("email.opened", EmailEngaged.class);
    public static final EventType<EmailEngaged> EMAIL_CLICKED = new EventType<>("email.clicked", EmailEngaged.class);
    public static final RecordEvents<ContactChanged> CONTACT_EVENTS =
            new RecordEvents<>(CONTACT_CREATED, CONTACT_UPDATED, CONTACT_DELETED, CONTACT_RESTORED);
    public static final RecordEvents<CompanyChanged> COMPANY_EVENTS =
            new RecordEvents<>(COMPANY_CREATED, COMPANY_UPDATED, COMPANY_DELETED, COMPANY_RESTORED);
    public static final RecordEvents<DealChanged> DEAL_EVENTS =
            new RecordEvents<>(DEAL_CREATED, DEAL_UPDATED, DEAL_DELETED, DEAL_RESTORED);
    public static final RecordEvents<ActivityChanged> ACTIVITY_EVENTS =
            new RecordEvents<>(ACTIVITY_CREATED, ACTIVITY_UPDATED, ACTIVITY_DELETED, ACTIVITY_RESTORED);
    public static final EventType<CustomFieldChanged> CUSTOM_FIELD_DEFINED =
            new EventType<>("custom_field.defined", CustomFieldChanged.class);
    public static final EventType<CustomFieldChanged> CUSTOM_FIELD_REMOVED =
            new EventType<>("custom_field.removed", CustomFieldChanged.class);
    public static final EventType<AuditRecorded> AUDIT_RECORDED = new EventType<>("audit.recorded", AuditRecorded.class);
    public static final EventType<AuditBatchRecorded> AUDIT_BATCH_RECORDED =
            new EventType<>("audit.batch_recorded", AuditBatchRecorded.class);
}
