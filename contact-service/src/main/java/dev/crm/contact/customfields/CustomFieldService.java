package dev.crm.contact.customfields;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.cache.RecordCache;
import dev.crm.common.customfields.FieldKind;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.CustomFieldChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.MergePatcher;
import dev.crm.common.web.Versions;
import dev.crm.contact.ContactError;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organization's custom fields: admins define them per entity type; every write of a record is
 * checked against them ({@link CustomFieldValues}). Removing a field removes its values from the
 * records too (a data update, never DDL), so a field added again later starts empty. Every change is
 * published ({@code custom_field.defined}, {@code custom_field.removed}) in its transaction: the
 * deal-service keeps the deal fields from them.
 */
@Service
public class CustomFieldService {

    static final int MAX_FIELDS_PER_TYPE = 100;
    private static final String ENTITY = "custom_field";
    /** The tables holding values, per entity type; the deal-service removes deal values itself, on {@code custom_field.removed}. */
    private static final Map<String, String> RECORD_TABLES = Map.of("contact", "contacts", "company", "companies");

    private final CustomFieldRepository fields;
    private final AuditTrail audit;
    private final DomainEvents events;
    private final MergePatcher patcher;
    private final Validator validator;
    private final JsonMapper json;
    private final EntityManager entityManager;
    private final RecordCache cache;

    CustomFieldService(CustomFieldRepository fields, AuditTrail audit, DomainEvents events, MergePatcher patcher, Validator validator,
                       JsonMapper json, EntityManager entityManager, RecordCache cache) {
        this.fields = fields;
        this.audit = audit;
        this.events = events;
        this.patcher = patcher;
        this.validator = validator;
        this.json = json;
        this.entityManager = entityManager;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    public List<CustomFieldResponse> list(String entityType) {
        List<CustomField> rows = entityType == null ? fields.findAllByOrderByEntityTypeAscPositionAscNameAsc()
                : fields.findByEntityTypeOrderByPositionAscNameAsc(entityType);
        return rows.stream().map(this::toResponse).toList();
    }

    @Transactional(readOnly = true)
    public CustomFieldResponse get(UUID id) {
        return toResponse(find(id));
    }

    @Transactional
    public CustomFieldResponse create(NewField request) {
        FieldSettings settings = valid(request.settings()).normalized();
        checkSettings(request.kind(), settings);
        if (fields.existsByEntityTypeAndName(request.entityType(), request.name())) {
            throw CrmException.onField(ContactError.FIELD_EXISTS, "name", "A " + request.entityType() + " field named " + request.name() + " exists already.");
        }
        if (fields.countByEntityType(request.entityType()) >= MAX_FIELDS_PER_TYPE) {
            throw new CrmException(CommonError.CONFLICT, "An entity type can have at most " + MAX_FIELDS_PER_TYPE + " custom fields.");
        }
        CustomField field = fields.saveAndFlush(new CustomField(request.entityType(), request.name(), request.kind(), settings, defaultJson(settings)));
        CustomFieldResponse created = toResponse(field);
        events.publish(EventType.CUSTOM_FIELD_DEFINED, changed(field));
        audit.record("CREATED", ENTITY, field.getId(), null, created);
        return created;
    }

    @Transactional
    public CustomFieldResponse patch(UUID id, JsonNode patch) {
        CustomField field = find(id);
        CustomFieldResponse before = toResponse(field);
        FieldSettings settings = patcher.apply(before.settings(), patch, FieldSettings.class).normalized();
        Versions.requireCurrent(CustomField.class, id, settings.version(), field.getVersion());
        checkSettings(field.getKind(), settings);
        field.change(settings, defaultJson(settings));
        fields.flush();
        CustomFieldResponse after = toResponse(field);
        events.publish(EventType.CUSTOM_FIELD_DEFINED, changed(field));
        audit.record("UPDATED", ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID id) {
        CustomField field = find(id);
        CustomFieldResponse before = toResponse(field);
        String table = RECORD_TABLES.get(field.getEntityType());
        if (table != null) {
            entityManager.createNativeQuery("update " + table + " set custom_fields = custom_fields - cast(?1 as text) where jsonb_exists(custom_fields, cast(?1 as text))")
                    .setParameter(1, field.getName()).executeUpdate();
            cache.evictAll(field.getEntityType());
        }
        fields.delete(field);
        events.publish(EventType.CUSTOM_FIELD_REMOVED, changed(field));
        audit.record("DELETED", ENTITY, id, before, null);
    }

    /** Options only for select fields (and at least one), a currency only for currency fields, a default that fits. */
    private static void checkSettings(FieldKind kind, FieldSettings settings) {
        if (kind.hasOptions() && settings.options().isEmpty()) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "options", "A select field needs at least one option.");
        }
        if (!kind.hasOptions() && !settings.options().isEmpty()) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "options", "Only select fields have options.");
        }
        if (kind != FieldKind.CURRENCY && settings.currency() != null) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "currency", "Only currency fields have a currency.");
        }
        if (settings.defaultValue() != null) {
            String problem = kind.problemWith(settings.defaultValue(), settings.options());
            if (problem != null) throw CrmException.onField(CommonError.VALIDATION_FAILED, "defaultValue", problem);
        }
    }

    private <T> T valid(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) throw new ConstraintViolationException(violations);
        return value;
    }

    private String defaultJson(FieldSettings settings) {
        return settings.defaultValue() == null ? null : json.writeValueAsString(settings.defaultValue());
    }

    private CustomField find(UUID id) {
        return fields.findById(id).orElseThrow(() -> new CrmException(ContactError.FIELD_NOT_FOUND, "No such custom field in your organization."));
    }

    private static CustomFieldChanged changed(CustomField f) {
        return new CustomFieldChanged(f.getId(), f.getEntityType(), f.getName(), f.getKind(), f.getLabel(), f.isRequired(),
                f.getDefaultValue(), Arrays.asList(f.getOptions()), f.getCurrency(), f.getPosition());
    }

    private CustomFieldResponse toResponse(CustomField f) {
        return CustomFieldResponse.from(f, f.getDefaultValue() == null ? null : json.readTree(f.getDefaultValue()));
    }
}
