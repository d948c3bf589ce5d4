package dev.crm.common.security;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import java.util.UUID;

/**
 * The roles' rules for records that have an owner: every member reads all records; admins and
 * managers change any; a sales rep changes and deletes the ones they own and creates records only for
 * themselves; a viewer changes nothing.
 */
public final class RecordOwnership {

    private RecordOwnership() {}

    /** The owner a new record gets: the one asked for, or the creator; a sales rep may only name themselves. */
    public static UUID ownerOfNewRecord(CurrentUser user, UUID requestedOwner) {
        requireMayWrite(user);
        UUID owner = requestedOwner == null ? user.id() : requestedOwner;
        if (user.role() == Role.SALES_REP && !owner.equals(user.id())) {
            throw CrmException.onField(CommonError.FORBIDDEN, "ownerId", "As a sales rep you can only create records you own.");
        }
        return owner;
    }

    /** Refuses unless the user may change (or delete) a record with this owner, and hand it to {@code newOwner}. */
    public static void requireMayChange(CurrentUser user, UUID owner, UUID newOwner) {
        requireMayWrite(user);
        if (user.role() != Role.SALES_REP) return;
        if (owner == null || !owner.equals(user.id())) {
            throw new CrmException(CommonError.FORBIDDEN, "As a sales rep you can only change records you own.");
        }
        if (newOwner != null && !newOwner.equals(user.id())) {
            throw CrmException.onField(CommonError.FORBIDDEN, "ownerId", "As a sales rep you cannot hand a record to someone else.");
        }
    }

    private static void requireMayWrite(CurrentUser user) {
        if (user.role() == Role.VIEWER) {
            throw new CrmException(CommonError.FORBIDDEN, "Your role can read records but not change them.");
        }
    }
}
