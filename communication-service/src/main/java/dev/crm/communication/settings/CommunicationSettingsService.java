package dev.crm.communication.settings;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.MergePatcher;
import dev.crm.common.web.Versions;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Reads and changes the organization's communication settings (admins change them; every change audited). */
@Service
public class CommunicationSettingsService {

    private final EntityManager em;
    private final MergePatcher patcher;
    private final AuditTrail audit;

    CommunicationSettingsService(EntityManager em, MergePatcher patcher, AuditTrail audit) {
        this.em = em;
        this.patcher = patcher;
        this.audit = audit;
    }

    /** The current organization's settings, its defaults when it never saved any. */
    @Transactional(readOnly = true)
    public CommunicationSettingsView current() {
        return stored().view();
    }

    @Transactional
    public CommunicationSettingsView patch(JsonNode patch) {
        CommunicationSettings settings = storedForChange();
        CommunicationSettingsView before = settings.view();
        SettingsData data = patcher.apply(SettingsData.of(before), patch, SettingsData.class).cleaned();
        Versions.requireCurrent(CommunicationSettings.class, null, data.version(), before.version());
        if (data.wonDealFollowUp() == WonDealFollowUp.TASK_AND_EMAIL && !templateExists(data.followUpTemplateId())) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "followUpTemplateId",
                    "A follow-up email needs one of your templates.");
        }
        CurrentUser user = CurrentUser.require();
        settings.update(data, user.id());
        em.flush();
        CommunicationSettingsView after = settings.view();
        audit.record("UPDATED", "communication_settings", user.tenantId(), before, after);
        return after;
    }

    /** The generation the organization's inbound address must carry (docs/adr/0020). */
    @Transactional(readOnly = true)
    public UUID inboundGeneration() {
        return stored().inboundGeneration();
    }

    /** A new inbound generation: the address that carried the old one stops working. */
    @Transactional
    public UUID rotateInboundAddress() {
        CommunicationSettings settings = storedForChange();
        CurrentUser user = CurrentUser.require();
        settings.rotateInboundAddress(user.id());
        em.flush();
        audit.record("INBOUND_ADDRESS_ROTATED", "communication_settings", user.tenantId(), null, null);
        return settings.inboundGeneration();
    }

    private CommunicationSettings storedForChange() {
        CommunicationSettings settings = stored();
        if (!em.contains(settings)) { // the defaults are stored first, as version 0: the first change is version 1
            em.persist(settings);
            em.flush();
        }
        return settings;
    }

    private CommunicationSettings stored() {
        CommunicationSettings settings = em.find(CommunicationSettings.class, true);
        return settings != null ? settings : new CommunicationSettings();
    }

    private boolean templateExists(UUID id) {
        return id != null && !em.createNativeQuery("select 1 from templates where id = ?1").setParameter(1, id).getResultList().isEmpty();
    }
}
