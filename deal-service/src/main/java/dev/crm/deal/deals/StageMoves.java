package dev.crm.deal.deals;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.DealClosed;
import dev.crm.common.events.contracts.DealStageChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.security.CurrentUser;
import dev.crm.common.time.Timestamps;
import dev.crm.deal.pipelines.Stage;
import dev.crm.common.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A deal entering a stage: the stage history (the entry it leaves is closed, a new one opened), the
 * deal's stage and status, and the events other services hear: {@code deal.stage_changed}, and
 * {@code deal.closed_won}/{@code deal.closed_lost} when the move closes it.
 */
@Component
class StageMoves {

    private final JdbcTemplate jdbc;
    private final DomainEvents events;
    private final EntityManager entityManager;
    private final WonDeals wonDeals;

    StageMoves(JdbcTemplate jdbc, DomainEvents events, EntityManager entityManager, WonDeals wonDeals) {
        this.wonDeals = wonDeals;
        this.jdbc = jdbc;
        this.events = events;
        this.entityManager = entityManager;
    }

    /** A new deal entering its first stage: the deal and its first history entry are stored; no events yet. */
    void enterNew(Deal deal, Stage stage) {
        Instant now = Timestamps.now();
        deal.enter(stage, now);
        // persist, not save(): the ids are assigned, so save() would merge a copy
        entityManager.persist(deal);
        entityManager.persist(new StageChange(deal.getId(), null, stage, actor(), now));
    }

    /** Records the deal moving from {@code from} to {@code to}: the entry it leaves is closed, a new one opened; no events yet. */
    void enter(Deal deal, Stage from, Stage to) {
        Instant now = Timestamps.now();
        deal.enter(to, now);
        jdbc.update("update " + TenantContext.require().table("deal_stage_history") + " set left_at = ? where deal_id = ? and left_at is null",
                Timestamp.from(now), deal.getId());
        entityManager.persist(new StageChange(deal.getId(), from, to, actor(), now));
    }

    /** The events of a move recorded by {@link #enter}: a stage change (not for a new deal), and closing if it closed the deal. */
    void announce(Deal deal, Stage from, Stage to, DealStatus statusBefore) {
        if (from != null) {
            events.publish(EventType.DEAL_STAGE_CHANGED, new DealStageChanged(deal.getId(), deal.getName(), deal.getPipelineId(),
                    from.getId(), from.getName(), to.getId(), to.getName(), deal.getStatus().name(), deal.getOwnerId(),
                    deal.getContactId(), deal.getCompanyId(), deal.getValue(), deal.getCurrency()));
        }
        if (deal.getStatus() != statusBefore && deal.getStatus() != DealStatus.OPEN) {
            events.publish(deal.getStatus() == DealStatus.WON ? EventType.DEAL_CLOSED_WON : EventType.DEAL_CLOSED_LOST,
                    new DealClosed(deal.getId(), deal.getName(), deal.getPipelineId(), to.getId(), deal.getOwnerId(),
                            deal.getContactId(), deal.getCompanyId(), deal.getValue(), deal.getCurrency(), deal.getLostReason(),
                            deal.getClosedAt(), Duration.between(deal.getCreatedAt(), deal.getClosedAt()).toDays()));
            if (deal.getStatus() == DealStatus.WON) wonDeals.won(deal);
        }
    }

    private static UUID actor() {
        return CurrentUser.current().map(CurrentUser::id).orElse(null);
    }

    void move(Deal deal, Stage from, Stage to) {
        DealStatus before = deal.getStatus();
        enter(deal, from, to);
        announce(deal, from, to, before);
    }
}
