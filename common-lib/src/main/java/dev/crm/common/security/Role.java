package dev.crm.common.security;

/** What a member of an organization may do; enforced by every service. */
public enum Role {
    /** Everything, including members, settings, pipelines and custom fields. */
    ADMIN,
    /** All records and every rep's analytics. */
    MANAGER,
    /** Reads all records; changes and deletes the ones they own. */
    SALES_REP,
    /** Reads only. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
