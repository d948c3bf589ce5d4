package dev.crm.contact.companies;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.cache.RecordCache;
import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.CompanyChanged;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Companies and their groups: a company may have a parent; the chain never loops and is at most
 * {@value #MAX_LEVELS} levels deep. A company with live sub-companies cannot go to the trash.
 */
@Service
public class CompanyService {

    static final int MAX_LEVELS = 10;
    private static final String ENTITY = "company";
    private static final RecordTable TABLE = new RecordTable("companies", ENTITY, Map.of(
            "createdAt", RecordTable.createdAt(),
            "updatedAt", Column.required("t.updated_at", "timestamptz"),
            "name", Column.required("lower(t.name)", "text"),
            "domain", Column.optional("t.domain", "text")));

    private final CompanyRepository companies;
    private final RecordHistory<Company, CompanyResponse, CompanyChanged> history;
    private final CustomFieldValues customFields;
    private final MergePatcher patcher;
    private final RecordCache cache;
    private final RecordFinder finder;

    CompanyService(CompanyRepository companies, DomainEvents events, AuditTrail audit, CustomFieldValues customFields,
                   MergePatcher patcher, RecordFinder finder, RecordCache cache) {
        this.companies = companies;
        this.history = new RecordHistory<>(ENTITY, EventType.COMPANY_EVENTS, this::toResponse, CompanyService::changed, events, audit, cache);
        this.cache = cache;
        this.customFields = customFields;
        this.patcher = patcher;
        this.finder = finder;
    }

    @Transactional
    public CompanyResponse create(CompanyData request) {
        CurrentUser user = CurrentUser.require();
        UUID owner = RecordOwnership.ownerOfNewRecord(user, request.ownerId());
        CompanyData data = request.normalized();
        checked(data, null);
        return history.created(companies.saveAndFlush(new Company(data, customFields.checkedJson(ENTITY, data.customFields(), true), owner, user.id())));
    }

    /**
     * From the cache when it has the company. No transaction around it, so a hit takes no database
     * connection; on a miss the repository's read is one, and the entity has no lazy parts.
     */
    public CompanyResponse get(UUID id) {
        return cache.get(ENTITY, id, CompanyResponse.class, () -> toResponse(live(id)));
    }

    /** Newest first, or in the order asked for; with {@code q}, best match first. */
    @Transactional(readOnly = true)
    public Page<CompanyResponse> list(CompanyFilter filter, ListRequest request) {
        return finder.find(TABLE, filter.criteria(), request).page(companies::findByIds, Company::getId, this::toResponse);
    }

    /** The direct sub-companies of a live company, newest first. */
    @Transactional(readOnly = true)
    public Page<CompanyResponse> children(UUID id, ListRequest request) {
        live(id);
        return list(new CompanyFilter(null, id, null, null), request);
    }

    /** The ids of a company's group below it: itself and every live sub-company, at every level. */
    public record Group(List<UUID> ids, boolean truncated) {}

    static final int MAX_GROUP = 500;

    @Transactional(readOnly = true)
    public Group group(UUID id) {
        live(id);
        List<UUID> ids = companies.groupIds(id, MAX_GROUP + 1);
        return ids.size() > MAX_GROUP ? new Group(ids.subList(0, MAX_GROUP), true) : new Group(ids, false);
    }

    /** The group above a company, from the top-most parent down to its direct parent. */
    @Transactional(readOnly = true)
    public List<CompanyResponse> ancestors(UUID id) {
        live(id);
        List<UUID> ids = companies.ancestorIds(id);
        Map<UUID, Company> byId = companies.findByIds(ids).stream().collect(Collectors.toMap(Company::getId, Function.identity()));
        List<CompanyResponse> topDown = new ArrayList<>(ids.stream().map(byId::get).map(this::toResponse).toList());
        Collections.reverse(topDown);
        return topDown;
    }

    @Transactional(readOnly = true)
    public Page<CompanyResponse> trash(PageRequest page) {
        List<Company> rows = companies.findDeleted(page.after().orElse(null), Limit.of(page.fetchSize()));
        return page.page(rows, Company::getId).map(this::toResponse);
    }

    @Transactional
    public CompanyResponse replace(UUID id, CompanyData request) {
        Versions.requireSent(request.version());
        return change(live(id), request);
    }

    @Transactional
    public CompanyResponse patch(UUID id, JsonNode patch) {
        Company company = live(id);
        return change(company, patcher.apply(CompanyData.of(toResponse(company)), patch, CompanyData.class));
    }

    @Transactional
    public void delete(UUID id) {
        CurrentUser user = CurrentUser.require();
        Company company = live(id);
        RecordOwnership.requireMayChange(user, company.getOwnerId(), null);
        if (companies.existsByParentIdAndDeletedAtIsNull(id)) {
            throw new CrmException(ContactError.HAS_SUB_COMPANIES, "Move or delete its sub-companies first.");
        }
        CompanyResponse before = toResponse(company);
        company.moveToTrash(user.id());
        companies.flush();
        history.deleted(company, before);
    }

    @Transactional
    public CompanyResponse restore(UUID id) {
        CurrentUser user = CurrentUser.require();
        Company company = companies.findById(id).orElseThrow(CompanyService::notFound);
        if (!company.isDeleted()) throw new CrmException(ContactError.NOT_DELETED, "This company is not in the trash.");
        RecordOwnership.requireMayChange(user, company.getOwnerId(), null);
        if (company.getParentId() != null && companies.findByIdAndDeletedAtIsNull(company.getParentId()).isEmpty()) {
            throw new CrmException(ContactError.PARENT_IN_TRASH, "Restore its parent company first.");
        }
        if (company.getDomain() != null && companies.existsByDomainAndDeletedAtIsNullAndIdNot(company.getDomain(), id)) {
            throw CrmException.onField(ContactError.DOMAIN_TAKEN, "domain",
                    "Another company now has the domain " + company.getDomain() + "; change one of them first.");
        }
        company.restore(user.id());
        companies.flush();
        return history.restored(company);
    }

    private CompanyResponse change(Company company, CompanyData request) {
        CurrentUser user = CurrentUser.require();
        Versions.requireCurrent(Company.class, company.getId(), request.version(), company.getVersion());
        UUID owner = request.ownerId() == null ? company.getOwnerId() : request.ownerId();
        RecordOwnership.requireMayChange(user, company.getOwnerId(), owner);
        CompanyData data = request.normalized();
        checked(data, company.getId());
        CompanyResponse before = toResponse(company);
        company.update(data, customFields.checkedJson(ENTITY, data.customFields(), false), owner, user.id());
        companies.flush();
        return history.updated(company, before);
    }

    /** One live company per domain; a parent that exists, is not the company itself, and keeps the group a tree of bounded depth. */
    private void checked(CompanyData data, UUID self) {
        if (data.domain() != null && companies.existsByDomainAndDeletedAtIsNullAndIdNot(data.domain(), self == null ? new UUID(0, 0) : self)) {
            throw CrmException.onField(ContactError.DOMAIN_TAKEN, "domain", "Another company already has this domain.");
        }
        if (data.parentId() == null) return;
        if (companies.findByIdAndDeletedAtIsNull(data.parentId()).isEmpty()) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "parentId", "No such company in your organization.");
        }
        List<UUID> above = companies.ancestorIds(data.parentId());
        if (data.parentId().equals(self) || (self != null && above.contains(self))) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "parentId", "A company cannot be part of its own group (that would make a loop).");
        }
        int levels = above.size() + 2 + (self == null ? 0 : companies.levelsBelow(self));
        if (levels > MAX_LEVELS) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "parentId", "A group can be at most " + MAX_LEVELS + " levels deep.");
        }
    }

    private Company live(UUID id) {
        return companies.findByIdAndDeletedAtIsNull(id).orElseThrow(CompanyService::notFound);
    }

    private static CrmException notFound() {
        return new CrmException(ContactError.COMPANY_NOT_FOUND, "No such company in your organization.");
    }

    CompanyResponse toResponse(Company c) {
        return new CompanyResponse(c.getId(), c.getName(), c.getDomain(), c.getIndustry(), c.getSize(), c.getWebsite(),
                c.getParentId(), c.getOwnerId(), customFields.read(c.getCustomFields()), c.getCreatedBy(), c.getUpdatedBy(),
                c.getCreatedAt(), c.getUpdatedAt(), c.getDeletedAt(), c.getVersion());
    }

    private static CompanyChanged changed(Company c) {
        return new CompanyChanged(c.getId(), c.getName(), c.getDomain(), c.getParentId(), c.getOwnerId());
    }
}
