package dev.crm.communication.settings;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/communications/settings}: every member reads them (the composer shows the sender); admins change them. */
@RestController
@RequestMapping("/api/communications/settings")
class CommunicationSettingsController {

    private final CommunicationSettingsService settings;

    CommunicationSettingsController(CommunicationSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    CommunicationSettingsView get() {
        return settings.current();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PatchMapping(consumes = {"application/merge-patch+json", "application/json"})
    CommunicationSettingsView patch(@RequestBody JsonNode patch) {
        return settings.patch(patch);
    }
}
