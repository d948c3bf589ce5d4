package dev.crm.contact.contacts;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.cache.RecordCache;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.persistence.RecordHistory;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.RecordOwnership;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.MergePatcher;
import dev.crm.common.web.Page;
import dev.crm.contact.search.ListRequest;
import dev.crm.contact.search.RecordFinder;
import dev.crm.contact.search.RecordTable;
import dev.crm.contact.search.RecordTable.Column;
import dev.crm.common.web.PageRequest;
import dev.crm.common.web.Versions;
import dev.crm.contact.ContactError;
import dev.crm.contact.customfields.CustomFieldValues;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contact book: create, read, change, trash and restore contacts, under the roles' rules. */
@Service
public class ContactService {

    private static final String ENTITY = "contact";
    public static final RecordTable TABLE = new RecordTable("contacts", ENTITY, Map.of(
            "createdAt", RecordTable.createdAt(),
            "updatedAt", Column.required("t.updated_at", "timestamptz"),
            "firstName", Column.optional("lower(t.first_name)", "text"),
            "lastName", Column.optional("lower(t.last_name)", "text"),
            "email", Column.optional("t.email", "text")));

    private final ContactRepository contacts;
    private final RecordFinder finder;
    private final CompanyReferences companies;
    private final RecordHistory<Contact, ContactResponse, ContactChanged> history;
    private final CustomFieldValues customFields;
    private final JsonMapper json;
    private final MergePatcher patcher;
    private final RecordCache cache;

    ContactService(ContactRepository contacts, RecordFinder finder, CompanyReferences companies, DomainEvents events, AuditTrail audit,
                   CustomFieldValues customFields, JsonMapper json, MergePatcher patcher, RecordCache cache) {
        this.contacts = contacts;
        this.finder = finder;
        this.companies = companies;
        this.history = new RecordHistory<>(ENTITY, EventType.CONTACT_EVENTS, this::toResponse, ContactService::changed, events, audit, cache);
        this.cache = cache;
        this.customFields = customFields;
        this.json = json;
        this.patcher = patcher;
    }

    @Transactional
    public ContactResponse create(ContactData request) {
        CurrentUser user = CurrentUser.require();
        ContactData data = request.normalized();
        UUID owner = RecordOwnership.ownerOfNewRecord(user, data.ownerId());
        checked(data, null);
        return history.created(contacts.saveAndFlush(new Contact(data, addressJson(data), customFieldsJson(data, true), owner, user.id())));
    }

    /**
     * From the cache when it has the contact. No transaction around it, so a hit takes no database
     * connection; on a miss the repository's read is one, and the entity has no lazy parts.
     */
    public ContactResponse get(UUID id) {
        return cache.get(ENTITY, id, ContactResponse.class, () -> toResponse(live(id)));
    }

    /** Newest first, or in the order asked for; with {@code q}, best match first. */
    @Transactional(readOnly = true)
    public Page<ContactResponse> list(ContactFilter filter, ListRequest request) {
        return finder.find(TABLE, filter.criteria(), request).page(contacts::findByIds, Contact::getId, this::toResponse);
    }

    @Transactional(readOnly = true)
    public Page<ContactResponse> trash(PageRequest page) {
        List<Contact> rows = contacts.findDeleted(page.after().orElse(null), Limit.of(page.fetchSize()));
        return page.page(rows, Contact::getId).map(this::toResponse);
    }

    /** PUT: the request is the whole new contact; its {@code version} must be the current one. */
    @Transactional
    public ContactResponse replace(UUID id, ContactData request) {
        Versions.requireSent(request.version());
        return change(live(id), request);
    }

    /** PATCH: an RFC 7386 merge patch over the contact as clients see it. */
    @Transactional
    public ContactResponse patch(UUID id, JsonNode patch) {
        Contact contact = live(id);
        return change(contact, patcher.apply(ContactData.of(toResponse(contact)), patch, ContactData.class));
    }

    @Transactional
    public void delete(UUID id) {
        CurrentUser user = CurrentUser.require();
        Contact contact = live(id);
        RecordOwnership.requireMayChange(user, contact.getOwnerId(), null);
        ContactResponse before = toResponse(contact);
        contact.moveToTrash(user.id());
        contacts.flush();
        history.deleted(contact, before);
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
        return history.restored(contact);
    }

    private ContactResponse change(Contact contact, ContactData request) {
        CurrentUser user = CurrentUser.require();
        Versions.requireCurrent(Contact.class, contact.getId(), request.version(), contact.getVersion());
        ContactData data = request.normalized();
        UUID owner = data.ownerId() == null ? contact.getOwnerId() : data.ownerId();
        RecordOwnership.requireMayChange(user, contact.getOwnerId(), owner);
        checked(data, contact.getId());
        ContactResponse before = toResponse(contact);
        contact.update(data, addressJson(data), customFieldsJson(data, false), owner, user.id());
        contacts.flush();
        return history.updated(contact, before);
    }

    /** Rules beyond single fields: a name or an email; one live contact per email; a company that exists. */
    private void checked(ContactData data, UUID self) {
        if (!data.hasNameOrEmail()) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "firstName", "A contact needs a first name, a last name or an email.");
        }
        if (data.email() != null && contacts.existsByEmailAndDeletedAtIsNullAndIdNot(data.email(), self == null ? new UUID(0, 0) : self)) {
            throw CrmException.onField(ContactError.EMAIL_TAKEN, "email", "Another contact already has this email.");
        }
        if (data.companyId() != null && !companies.exists(data.companyId())) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "companyId", "No such company in your organization.");
        }
    }

    private Contact live(UUID id) {
        return contacts.findByIdAndDeletedAtIsNull(id).orElseThrow(ContactService::notFound);
    }

    private static CrmException notFound() {
        return new CrmException(ContactError.CONTACT_NOT_FOUND, "No such contact in your organization.");
    }

    private String addressJson(ContactData data) {
        return addressJson(data.address());
    }

    private String customFieldsJson(ContactData data, boolean creating) {
        return customFields.checkedJson(ENTITY, data.customFields(), creating);
    }

    RecordHistory<Contact, ContactResponse, ContactChanged> history() {
        return history;
    }

    String addressJson(ContactData.Address address) {
        return address == null ? null : json.writeValueAsString(address);
    }

    ContactResponse toResponse(Contact c) {
        return new ContactResponse(c.getId(), c.getFirstName(), c.getLastName(), c.getEmail(), Arrays.asList(c.getAdditionalEmails()),
                c.getPhone(), Arrays.asList(c.getAdditionalPhones()), c.getTitle(), c.getCompanyId(), c.getOwnerId(),
                Arrays.asList(c.getTags()), c.getAddress() == null ? null : json.readValue(c.getAddress(), ContactData.Address.class),
                c.getNotes(), customFields.read(c.getCustomFields()), c.getCreatedBy(), c.getUpdatedBy(),
                c.getCreatedAt(), c.getUpdatedAt(), c.getDeletedAt(), c.getVersion());
    }

    private static ContactChanged changed(Contact c) {
        return new ContactChanged(c.getId(), c.getFirstName(), c.getLastName(), c.getEmail(), c.getCompanyId(), c.getOwnerId());
    }
}
