package dev.crm.common.web;

import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/** Time-ordered (version 7) UUIDs: keyset pagination by id then follows creation order. */
public final class Ids {

    private Ids() {}

    public static UUID newId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
