package dev.crm.communication.activities;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.EventEnvelope;
import dev.crm.common.events.contracts.EventType;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Activities the platform records from other services' events, in the consuming transaction: at most one
 * per event and type however often the event comes (the consumers remember handled events for a week;
 * the {@code (source_event_id, type)} key holds for ever). Recorded notes are history, read-only on every
 * timeline; recorded tasks are worked like any other. Each leaves its {@code activity.created} event.
 */
@Service
public class RecordedActivities {

    private final ActivityRepository activities;
    private final EntityManager em;
    private final DomainEvents events;

    RecordedActivities(ActivityRepository activities, EntityManager em, DomainEvents events) {
        this.activities = activities;
        this.em = em;
        this.events = events;
    }

    /**
     * Records {@code request} (checked like a member's) as caused by {@code envelope}'s event, owned by
     * {@code owner}; false when it was recorded before.
     */
    public boolean record(EventEnvelope envelope, ActivityData request, UUID owner) {
        ActivityData data = request.checked().assignedByDefaultTo(owner);
        if (activities.existsBySourceEventIdAndType(envelope.eventId(), data.type())) return false;
        Activity activity = Activity.recorded(data.type(), envelope.eventId(), envelope.eventType(), envelope.actorId());
        activity.update(data, owner, ActivityService.NO_CUSTOM_FIELDS, envelope.actorId());
        em.persist(activity);
        events.publish(EventType.ACTIVITY_CREATED, ActivityService.changed(activity));
        return true;
    }
}
