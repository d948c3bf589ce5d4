package dev.crm.communication.settings;

import dev.crm.common.time.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The organization's one row of communication settings; an organization that never saved them has the defaults. */
@Entity
@Table(name = "communication_settings")
class CommunicationSettings {

    @Id
    private boolean id = true;

    @Column(name = "sender_name")
    private String senderName;

    @Column(name = "reply_to")
    private String replyTo;

    @Column(name = "tracking_enabled", nullable = false)
    private boolean trackingEnabled = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "won_deal_follow_up", nullable = false)
    private WonDealFollowUp wonDealFollowUp = WonDealFollowUp.NONE;

    @Column(name = "follow_up_due_days", nullable = false)
    private int followUpDueDays = 2;

    @Column(name = "follow_up_template_id")
    private UUID followUpTemplateId;

    @Column(name = "inbound_generation", nullable = false)
    private UUID inboundGeneration = new UUID(0, 0);

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Timestamps.now();

    @Version
    private long version;

    void update(SettingsData data, UUID by) {
        this.senderName = data.senderName();
        this.replyTo = data.replyTo();
        this.trackingEnabled = data.trackingEnabled();
        this.wonDealFollowUp = data.wonDealFollowUp();
        this.followUpDueDays = data.followUpDueDays();
        this.followUpTemplateId = data.followUpTemplateId();
        this.updatedBy = by;
        this.updatedAt = Timestamps.now();
    }

    UUID inboundGeneration() {
        return inboundGeneration;
    }

    void rotateInboundAddress(UUID by) {
        this.inboundGeneration = UUID.randomUUID();
        this.updatedBy = by;
        this.updatedAt = Timestamps.now();
    }

    CommunicationSettingsView view() {
        return new CommunicationSettingsView(senderName, replyTo, trackingEnabled, wonDealFollowUp, followUpDueDays,
                followUpTemplateId, updatedBy, updatedAt, version);
    }
}
