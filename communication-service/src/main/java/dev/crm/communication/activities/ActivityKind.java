package dev.crm.communication.activities;

/**
 * Whether a timeline entry records what happened or is people's activity. SYSTEM: history the platform
 * recorded of another service's event ("Contact created", "Moved from Lead to Qualified"); read-only.
 * LOGGED: what members logged or sent, and tasks, also those the platform made for someone: they are
 * work, so hiding the platform's history never hides them.
 */
public enum ActivityKind {
    SYSTEM, LOGGED;

    static ActivityKind of(String source, ActivityType type) {
        return source != null && type != ActivityType.TASK ? SYSTEM : LOGGED;
    }

    /** The same rule as {@link #of} over the {@code activities} row aliased {@code a}, to filter timelines in SQL. */
    String sqlCondition() {
        return this == SYSTEM ? "(a.source is not null and a.type <> 'TASK')" : "(a.source is null or a.type = 'TASK')";
    }
}
