package dev.crm.deal.customfields;

import dev.crm.common.customfields.CustomFieldCheck;
import dev.crm.common.customfields.FieldDefinition;
import dev.crm.common.customfields.FieldKind;
import dev.crm.common.events.contracts.CustomFieldChanged;
import dev.crm.common.tenant.TenantContext;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organization's deal custom fields as the deal-service last heard of them, and the check of a
 * deal's values against them. Newest event wins: a definition older than the row kept is ignored,
 * and a removal is final (the contact-service never brings a field id back; a field added again under
 * the same name is a new id and starts empty). Removing a field removes its values from every deal.
 */
@Component
public class DealCustomFields {

    static final String ENTITY_TYPE = "deal";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    DealCustomFields(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The custom field values to store for a deal, as JSON; {@code creating} applies the defaults. Refuses with a 400 naming each bad field. */
    public String checkedJson(Map<String, Object> values, boolean creating) {
        return new CustomFieldCheck(ENTITY_TYPE, definitions(), json).checkedJson(values, creating);
    }

    /** The live definitions by name, in the order forms show them. */
    Map<String, FieldDefinition> definitions() {
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        jdbc.query("select name, kind, required, default_value::text, options from " + table() + " where not removed order by position, name",
                rs -> {
                    String name = rs.getString(1);
                    fields.put(name, new FieldDefinition(name, FieldKind.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getString(4),
                            Arrays.asList((String[]) rs.getArray(5).getArray())));
                });
        return fields;
    }

    /** {@code custom_field.defined}: a field was created or changed at {@code at}. */
    void defined(CustomFieldChanged field, Instant at) {
        if (exists("id = ? and removed", field.fieldId())) return;
        boolean superseded = exists("name = ? and id <> ? and not removed and updated_at > ?", field.name(), field.fieldId(), Timestamp.from(at));
        if (!superseded) {
            // names are unique in the contact-service: a field of this name heard of earlier is gone there, and its values with it
            int displaced = jdbc.update("update " + table() + " set removed = true, updated_at = ? where name = ? and id <> ? and not removed",
                    Timestamp.from(at), field.name(), field.fieldId());
            if (displaced > 0) removeValues(field.name());
        }
        write(field, superseded, at, "kind = excluded.kind, required = excluded.required, default_value = excluded.default_value,"
                + " options = excluded.options, position = excluded.position, removed = excluded.removed, updated_at = excluded.updated_at"
                + " where deal_custom_fields.updated_at <= excluded.updated_at and not deal_custom_fields.removed");
    }

    /** {@code custom_field.removed}: the field is gone, and so are its values on every deal (unless a newer field took its name). */
    void removed(CustomFieldChanged field, Instant at) {
        int changed = write(field, true, at, "removed = true, updated_at = greatest(deal_custom_fields.updated_at, excluded.updated_at)"
                + " where not deal_custom_fields.removed");
        if (changed > 0 && !exists("name = ? and not removed", field.name())) removeValues(field.name());
    }

    /** Inserts the field as heard, or on a row already kept for its id applies {@code onConflict} (an update's set and where). */
    private int write(CustomFieldChanged field, boolean removed, Instant at, String onConflict) {
        return jdbc.update("insert into " + table() + " (id, name, kind, required, default_value, options, position, removed, updated_at)"
                        + " values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) on conflict (id) do update set " + onConflict,
                field.fieldId(), field.name(), field.kind().name(), field.required(), new SqlParameterValue(Types.VARCHAR, field.defaultValueJson()),
                field.options() == null ? new String[0] : field.options().toArray(String[]::new), field.position(), removed, Timestamp.from(at));
    }

    private boolean exists(String where, Object... args) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + table() + " where " + where + ")", Boolean.class, args));
    }

    private void removeValues(String name) {
        jdbc.update("update " + TenantContext.require().table("deals")
                + " set custom_fields = custom_fields - cast(? as text) where jsonb_exists(custom_fields, cast(? as text))", name, name);
    }

    private static String table() {
        return TenantContext.require().table("deal_custom_fields");
    }
}
