package dev.crm.common.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Optimistic locking as clients use it: a write that carries the version it read is refused (409) if the record moved on. */
public final class Versions {

    private Versions() {}

    /** A full replacement (PUT) must say which version it replaces. */
    public static void requireSent(Long sent) {
        if (sent == null) throw CrmException.onField(CommonError.VALIDATION_FAILED, "version", "is required: send the version you read");
    }

    /** Passes when no version was sent or it is the current one. */
    public static void requireCurrent(Class<?> entity, Object id, Long sent, long current) {
        if (sent != null && sent != current) throw new ObjectOptimisticLockingFailureException(entity, id);
    }
}
