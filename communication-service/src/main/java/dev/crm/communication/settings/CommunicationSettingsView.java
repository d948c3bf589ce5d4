package dev.crm.communication.settings;

import java.time.Instant;
import java.util.UUID;

/**
 * The organization's communication settings as clients and the rest of the service read them: the sender's
 * name and reply-to address on its emails, whether opens and clicks are tracked, and the follow-up of a won deal.
 */
public record CommunicationSettingsView(String senderName, String replyTo, boolean trackingEnabled,
                                        WonDealFollowUp wonDealFollowUp, int followUpDueDays, UUID followUpTemplateId,
                                        UUID updatedBy, Instant updatedAt, long version) {}
