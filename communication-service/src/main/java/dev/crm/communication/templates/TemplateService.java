package dev.crm.communication.templates;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import dev.crm.common.web.MergePatcher;
import dev.crm.common.web.Versions;
import dev.crm.communication.CommunicationError;
import dev.crm.communication.settings.CommunicationSettingsService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Email templates: every member reads and previews them; admins and managers write them (checked: names
 * unique, only known variables); every change audited. A body is stored as written: the sanitizer would
 * break its {{variables}} apart, so what a template makes is sanitized, as every email is, when it is
 * previewed or sent.
 */
@Service
public class TemplateService {

    private final TemplateRepository templates;
    private final TemplateModel model;
    private final CommunicationSettingsService settings;
    private final MergePatcher patcher;
    private final AuditTrail audit;

    TemplateService(TemplateRepository templates, TemplateModel model, CommunicationSettingsService settings, MergePatcher patcher,
                    AuditTrail audit) {
        this.templates = templates;
        this.model = model;
        this.settings = settings;
        this.patcher = patcher;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> list() {
        return templates.findAllByName().stream().map(Template::view).toList();
    }

    @Transactional(readOnly = true)
    public TemplateView get(UUID id) {
        return find(id).view();
    }

    @Transactional
    public TemplateView create(TemplateData data) {
        Template template = new Template(CurrentUser.require().id());
        write(template, data);
        templates.save(template);
        TemplateView created = template.view();
        audit.record("CREATED", "template", template.getId(), null, created);
        return created;
    }

    @Transactional
    public TemplateView replace(UUID id, TemplateData data) {
        Versions.requireSent(data.version());
        return change(find(id), data);
    }

    @Transactional
    public TemplateView patch(UUID id, JsonNode patch) {
        Template template = find(id);
        return change(template, patcher.apply(TemplateData.of(template.view()), patch, TemplateData.class));
    }

    @Transactional
    public void delete(UUID id) {
        Template template = find(id);
        if (id.equals(settings.current().followUpTemplateId())) {
            throw new CrmException(CommunicationError.TEMPLATE_IN_USE,
                    "The follow-up of won deals sends this template: choose another in the settings first.");
        }
        TemplateView before = template.view();
        templates.delete(template);
        templates.flush();
        audit.record("DELETED", "template", id, before, null);
    }

    /** A template (or a subject and body being written) filled in for one email, as it would be sent. */
    @Transactional(readOnly = true)
    public TemplateRenderer.Rendered render(UUID templateId, String subject, String body, UUID contactId, UUID companyId, UUID dealId) {
        CurrentUser user = CurrentUser.require();
        return render(templateId, subject, body, contactId, companyId, dealId, user.id(), user.email());
    }

    /** As {@link #render(UUID, String, String, UUID, UUID, UUID)}, for a sender who is not the signed-in member. */
    @Transactional(readOnly = true)
    public TemplateRenderer.Rendered render(UUID templateId, String subject, String body, UUID contactId, UUID companyId, UUID dealId,
                                            UUID senderId, String senderEmail) {
        Template template = templateId == null ? null : find(templateId);
        String s = subject != null ? subject : template == null ? null : template.getSubject();
        String b = body != null ? body : template == null ? null : template.getBody();
        if (s == null || b == null) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, s == null ? "subject" : "body", "is required without a template");
        }
        return TemplateRenderer.render(s, b, model.of(contactId, companyId, dealId, senderId, senderEmail));
    }

    private TemplateView change(Template template, TemplateData data) {
        Versions.requireCurrent(Template.class, template.getId(), data.version(), template.getVersion());
        TemplateView before = template.view();
        write(template, data);
        templates.flush();
        TemplateView after = template.view();
        audit.record("UPDATED", "template", template.getId(), before, after);
        return after;
    }

    private void write(Template template, TemplateData data) {
        List<FieldProblem> problems = new ArrayList<>(TemplateRenderer.problems(data.subject(), data.body()));
        String name = data.name().strip();
        templates.findIdByName(name).filter(other -> !other.equals(template.getId()))
                .ifPresent(other -> problems.add(new FieldProblem("name", "Another template is called " + name + ".")));
        if (!problems.isEmpty()) throw new CrmException(CommonError.VALIDATION_FAILED, problems.get(0).message(), problems, Map.of());
        template.update(name, data.subject().strip(), data.body(), CurrentUser.require().id());
    }

    private Template find(UUID id) {
        return templates.findById(id).orElseThrow(() -> new CrmException(CommunicationError.TEMPLATE_NOT_FOUND, "No such template in your organization."));
    }
}
