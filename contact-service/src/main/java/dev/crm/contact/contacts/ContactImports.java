package dev.crm.contact.contacts;

import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.persistence.RecordHistory;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.RecordOwnership;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import dev.crm.contact.customfields.CustomFieldValues;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the CSV importer may do to contacts: upsert them by email, many to a transaction, under the
 * same validation, roles and history as {@code POST} and {@code PUT /api/contacts}. A row changes
 * only the values it has; an existing contact that would come out the same is left alone. A row
 * without an email matches the oldest live contact without one that has the same first and last
 * name (ignoring case), so re-importing such rows does not duplicate them either.
 */
@Component
public class ContactImports {

    /** What happened to a row. Rows that cannot be imported throw a {@link CrmException} saying why. */
    public enum Result { CREATED, UPDATED, UNCHANGED }

    /** A contact a dry run would have created, so later rows of the file with its email see it. */
    public record Planned(UUID ownerId, ContactData data) {}

    private final ContactService service;
    private final CustomFieldValues customFields;
    private final Validator validator;
    private final EntityManager entityManager;

    ContactImports(ContactService service, CustomFieldValues customFields, ValidatorFactory validators,
                   EntityManager entityManager) {
        this.service = service;
        this.customFields = customFields;
        // rows are plain records, never entities: asking JPA whether each property is loaded cost a third of the validation
        this.validator = validators.usingContext().traversableResolver(new EveryPropertyReachable()).getValidator();
        this.entityManager = entityManager;
    }

    /**
     * A batch of rows whose emails are {@code emails}, inside the caller's transaction. {@code planned}
     * collects what a dry run would create (and is only read and written when {@code dryRun}).
     */
    public Batch batch(Collection<ContactData> rows, boolean dryRun, Map<String, Planned> planned) {
        Set<String> emails = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ContactData row : rows) {
            String key = keyOf(row.normalized());
            if (key.startsWith("@")) emails.add(key.substring(1));
            else names.add(key);
        }
        Map<String, Contact> byKey = new HashMap<>();
        if (!emails.isEmpty()) {
            entityManager.createQuery("select c from Contact c where c.deletedAt is null and c.email in :emails", Contact.class)
                    .setParameter("emails", emails).getResultList().forEach(c -> byKey.put("@" + c.getEmail(), c));
        }
        if (!names.isEmpty()) {
            entityManager.createQuery("select c from Contact c where c.deletedAt is null and c.email is null and"
                            + " lower(concat(coalesce(c.firstName, ''), '|', coalesce(c.lastName, ''))) in :names order by c.id desc", Contact.class)
                    .setParameter("names", names).getResultList().forEach(c -> byKey.put(keyOf(c.getEmail(), c.getFirstName(), c.getLastName()), c));
        }
        return new Batch(byKey, dryRun, planned, customFields.forType("contact"));
    }

    /** What a row is matched by: "@" and its email, else its lowercased "first|last". */
    private static String keyOf(ContactData data) {
        return keyOf(data.email(), data.firstName(), data.lastName());
    }

    private static String keyOf(String email, String firstName, String lastName) {
        if (email != null) return "@" + email;
        return ((firstName == null ? "" : firstName) + "|" + (lastName == null ? "" : lastName)).toLowerCase(Locale.ROOT);
    }

    public final class Batch {
        private final Map<String, Contact> byKey;
        private final boolean dryRun;
        private final Map<String, Planned> planned;
        private final CustomFieldValues.Checker checker;
        private final RecordHistory<Contact, ContactResponse, ContactChanged> history = service.history();

        private Batch(Map<String, Contact> byKey, boolean dryRun, Map<String, Planned> planned, CustomFieldValues.Checker checker) {
            this.byKey = byKey;
            this.dryRun = dryRun;
            this.planned = planned;
            this.checker = checker;
        }

        /** Creates the row's contact, or changes the live one it matches; {@code row.ownerId()} null keeps or defaults the owner. */
        public Result upsert(ContactData row) {
            CurrentUser user = CurrentUser.require();
            String key = keyOf(row.normalized());
            Contact existing = byKey.get(key);
            if (existing != null) return update(user, existing, row);
            Planned plan = dryRun ? planned.get(key) : null;
            if (plan != null) return plannedUpdate(user, plan, row, key);
            return create(user, row, key);
        }

        private Result create(CurrentUser user, ContactData row, String key) {
            ContactData data = valid(row);
            if (!data.hasNameOrEmail()) {
                throw CrmException.onField(CommonError.VALIDATION_FAILED, "firstName", "A contact needs a first name, a last name or an email.");
            }
            UUID owner = RecordOwnership.ownerOfNewRecord(user, data.ownerId());
            String fields = checker.checkedJson(data.customFields(), true);
            if (dryRun) {
                planned.put(key, new Planned(owner, withFields(data, fields)));
                return Result.CREATED;
            }
            Contact contact = new Contact(data, service.addressJson(data.address()), fields, owner, user.id());
            entityManager.persist(contact);
            byKey.put(key, contact);
            history.created(contact);
            return Result.CREATED;
        }

        private Result update(CurrentUser user, Contact contact, ContactData row) {
            ContactResponse before = service.toResponse(contact);
            ContactData current = withoutVersion(ContactData.of(before)).normalized();
            ContactData data = valid(current.overlaidWith(row));
            String fields = checker.checkedJson(data.customFields(), false);
            if (withFields(data, fields).equals(current)) return Result.UNCHANGED;
            RecordOwnership.requireMayChange(user, contact.getOwnerId(), data.ownerId());
            if (dryRun) return Result.UPDATED;
            contact.update(data, service.addressJson(data.address()), fields, data.ownerId(), user.id());
            history.updated(contact, before);
            return Result.UPDATED;
        }

        private Result plannedUpdate(CurrentUser user, Planned plan, ContactData row, String key) {
            ContactData data = valid(plan.data().overlaidWith(row));
            ContactData next = withFields(data, checker.checkedJson(data.customFields(), false));
            if (next.equals(plan.data())) return Result.UNCHANGED;
            RecordOwnership.requireMayChange(user, plan.ownerId(), data.ownerId());
            planned.put(key, new Planned(plan.ownerId(), next));
            return Result.UPDATED;
        }
    }

    /** Checked like a request body ({@code @Valid}), then in canonical form. */
    private ContactData valid(ContactData data) {
        Set<ConstraintViolation<ContactData>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            List<FieldProblem> problems = violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString().replaceAll("\\[\\d*]\\.?<?[a-z ]*>?$", ""), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field)).toList();
            throw new CrmException(CommonError.VALIDATION_FAILED, "The row is not a valid contact.", problems, Map.of());
        }
        return data.normalized();
    }

    /** The data with its custom fields as they would be stored (defaults applied, values checked). */
    private ContactData withFields(ContactData data, String fieldsJson) {
        return new ContactData(data.firstName(), data.lastName(), data.email(), data.additionalEmails(), data.phone(),
                data.additionalPhones(), data.title(), data.companyId(), data.ownerId(), data.tags(), data.address(), data.notes(),
                customFields.read(fieldsJson), null);
    }

    private static ContactData withoutVersion(ContactData d) {
        return new ContactData(d.firstName(), d.lastName(), d.email(), d.additionalEmails(), d.phone(), d.additionalPhones(), d.title(),
                d.companyId(), d.ownerId(), d.tags(), d.address(), d.notes(), d.customFields(), null);
    }

    private static final class EveryPropertyReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }
}
