package dev.crm.communication.settings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The writable settings: what a merge patch is applied to. */
record SettingsData(
        @Size(max = 100) @Pattern(regexp = "[^\\r\\n\"<>]*", message = "must be a plain name (no quotes, angle brackets or line breaks)")
        String senderName,
        @Email @Size(max = 320) String replyTo,
        boolean trackingEnabled,
        @NotNull WonDealFollowUp wonDealFollowUp,
        @Min(0) @Max(90) int followUpDueDays,
        UUID followUpTemplateId,
        Long version) {

    static SettingsData of(CommunicationSettingsView v) {
        return new SettingsData(v.senderName(), v.replyTo(), v.trackingEnabled(), v.wonDealFollowUp(), v.followUpDueDays(),
                v.followUpTemplateId(), v.version());
    }

    SettingsData cleaned() {
        return new SettingsData(blankToNull(senderName), blankToNull(replyTo), trackingEnabled, wonDealFollowUp, followUpDueDays,
                followUpTemplateId, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
