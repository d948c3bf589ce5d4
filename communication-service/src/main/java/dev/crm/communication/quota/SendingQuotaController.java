package dev.crm.communication.quota;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/communications/sending-quota}: what the organization may still send today (any member). */
@RestController
class SendingQuotaController {

    private final SendingQuota quota;

    SendingQuotaController(SendingQuota quota) {
        this.quota = quota;
    }

    @GetMapping("/api/communications/sending-quota")
    @Transactional(readOnly = true)
    SendingQuotaView quota() {
        return quota.view();
    }
}
