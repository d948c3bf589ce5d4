package dev.crm.contact.contacts;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.RecordOwnership;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.JsonMergePatch;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import dev.crm.contact.ContactError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contact book: create, read, change, trash and restore contacts, under the roles' rules. */
@Service
public class ContactService {

    private static final String ENTITY = "contact";

    private final ContactRepository contacts;
    private final CompanyReferences companies;
    private final DomainEvents events;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Validator validator;

    ContactService(ContactRepository contacts, CompanyReferences companies, DomainEvents events, AuditTrail audit,
                   JsonMapper json, Validator validator) {
        this.contacts = contacts;
        this.companies = companies;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
    }

    @Transactional
    public ContactResponse create(ContactData request) {
        CurrentUser user = CurrentUser.require();
        ContactData data = checked(request.normalized(), null);
        UUID owner = RecordOwnership.ownerOfNewRecord(user, data.ownerId());
        Contact contact = contacts.saveAndFlush(new Contact(data, addressJson(data), customFieldsJson(data), owner, user.id()));
        ContactResponse created = toResponse(contact);
        events.publish(EventType.CONTACT_CREATED, changed(contact));
        audit.record("CREATED", ENTITY, contact.getId(), null, created);
        return created;
    }

    @Transactional(readOnly = true)
    public ContactResponse get(UUID id) {
        return toResponse(live(id));
    }

    @Transactional(readOnly = true)
    public Page<ContactResponse> list(PageRequest page, UUID ownerId, UUID companyId) {
        List<Contact> rows = contacts.findLive(page.after().orElse(null), ownerId, companyId, Limit.of(page.fetchSize()));
        return Page.fromOverfetch(rows, page.limit(), c -> PageRequest.cursorFor(c.getId())).map(this::toResponse);
    }

    @Transactional(readOnly = true)
    public Page<ContactResponse> trash(PageRequest page) {
        List<Contact> rows = contacts.findDeleted(page.after().orElse(null), Limit.of(page.fetchSize()));
        return Page.fromOverfetch(rows, page.limit(), c -> PageRequest.cursorFor(c.getId())).map(this::toResponse);
    }

    /** PUT: the request is the whole new contact; its {@code version} must be the current one. */
    @Transactional
    public ContactResponse replace(UUID id, ContactData request) {
        if (request.version() == null) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "version", "is required: send the version you read");
        }
        return change(live(id), request);
    }

    /** PATCH: an RFC 7386 merge patch over the contact as clients see it. */
    @Transactional
    public ContactResponse patch(UUID id, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new CrmException(CommonError.VALIDATION_FAILED, "A merge patch is a JSON object of the fields to change.");
        }
        Contact contact = live(id);
        JsonNode current = json.valueToTree(ContactPatchView.of(toResponse(contact)));
        ContactData merged;
        try {
            merged = json.treeToValue(JsonMergePatch.apply(current, patch), ContactData.class);
        } catch (JacksonException e) {
            throw new CrmException(CommonError.VALIDATION_FAILED, "The patch names a field that does not exist or has a value of the wrong type.");
        }
        Set<ConstraintViolation<ContactData>> violations = validator.validate(merged);
        if (!violations.isEmpty()) throw new ConstraintViolationException(violations);
        return change(contact, merged);
    }

    @Transactional
    public void delete(UUID id) {
        CurrentUser user = CurrentUser.require();
        Contact contact = live(id);
        RecordOwnership.requireMayChange(user, contact.getOwnerId(), null);
        ContactResponse before = toResponse(contact);
        contact.moveToTrash(user.id());
        contacts.flush();
        events.publish(EventType.CONTACT_DELETED, changed(contact));
        audit.record("DELETED", ENTITY, contact.getId(), before, null);
    }

    @Transactional
    public ContactResponse restore(UUID id) {
        CurrentUser user = CurrentUser.require();
        Contact contact = contacts.findById(id).orElseThrow(ContactService::notFound);
        if (!contact.isDeleted()) throw new CrmException(ContactError.NOT_DELETED, "This contact is not in the trash.");
        RecordOwnership.requireMayChange(user, contact.getOwnerId(), null);
        if (contact.getEmail() != null && contacts.existsByEmailAndDeletedAtIsNullAndIdNot(contact.getEmail(), contact.getId())) {
            throw CrmException.onField(ContactError.EMAIL_TAKEN, "email",
                    "Another contact now has the email " + contact.getEmail() + "; change one of them first.");
        }
        contact.restore(user.id());
        contacts.flush();
        ContactResponse restored = toResponse(contact);
        events.publish(EventType.CONTACT_RESTORED, changed(contact));
        audit.record("RESTORED", ENTITY, contact.getId(), null, restored);
        return restored;
    }

    private ContactResponse change(Contact contact, ContactData request) {
        CurrentUser user = CurrentUser.require();
        if (request.version() != null && request.version() != contact.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Contact.class, contact.getId());
        }
        ContactData data = checked(request.normalized(), contact.getId());
        UUID owner = data.ownerId() == null ? contact.getOwnerId() : data.ownerId();
        RecordOwnership.requireMayChange(user, contact.getOwnerId(), owner);
        ContactResponse before = toResponse(contact);
        contact.update(data, addressJson(data), customFieldsJson(data), owner, user.id());
        contacts.flush();
        ContactResponse after = toResponse(contact);
        events.publish(EventType.CONTACT_UPDATED, changed(contact));
        audit.record("UPDATED", ENTITY, contact.getId(), before, after);
        return after;
    }

    /** Rules beyond single fields: a name or an email; one live contact per email; a company that exists. */
    private ContactData checked(ContactData data, UUID self) {
        if (!data.hasNameOrEmail()) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "firstName", "A contact needs a first name, a last name or an email.");
        }
        if (data.email() != null && contacts.existsByEmailAndDeletedAtIsNullAndIdNot(data.email(), self == null ? new UUID(0, 0) : self)) {
            throw CrmException.onField(ContactError.EMAIL_TAKEN, "email", "Another contact already has this email.");
        }
        if (data.companyId() != null && !companies.exists(data.companyId())) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "companyId", "No such company in your organization.");
        }
        if (!data.customFields().isEmpty()) {
            String field = data.customFields().keySet().iterator().next();
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "customFields." + field, "is not a custom field of contacts.");
        }
        return data;
    }

    private Contact live(UUID id) {
        return contacts.findByIdAndDeletedAtIsNull(id).orElseThrow(ContactService::notFound);
    }

    private static CrmException notFound() {
        return new CrmException(ContactError.CONTACT_NOT_FOUND, "No such contact in your organization.");
    }

    private String addressJson(ContactData data) {
        return data.address() == null ? null : json.writeValueAsString(data.address());
    }

    private String customFieldsJson(ContactData data) {
        return json.writeValueAsString(data.customFields());
    }

    @SuppressWarnings("unchecked")
    ContactResponse toResponse(Contact c) {
        return new ContactResponse(c.getId(), c.getFirstName(), c.getLastName(), c.getEmail(), Arrays.asList(c.getAdditionalEmails()),
                c.getPhone(), Arrays.asList(c.getAdditionalPhones()), c.getTitle(), c.getCompanyId(), c.getOwnerId(),
                Arrays.asList(c.getTags()), c.getAddress() == null ? null : json.readValue(c.getAddress(), ContactData.Address.class),
                c.getNotes(), json.readValue(c.getCustomFields(), Map.class), c.getCreatedBy(), c.getUpdatedBy(),
                c.getCreatedAt(), c.getUpdatedAt(), c.getDeletedAt(), c.getVersion());
    }

    private static ContactChanged changed(Contact c) {
        return new ContactChanged(c.getId(), c.getFirstName(), c.getLastName(), c.getEmail(), c.getCompanyId(), c.getOwnerId());
    }
}
