package dev.crm.communication.emails;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The sending queue as an operator watches it: how many emails are due and how long the oldest has waited. */
@Component
class EmailQueueMetrics implements MeterBinder {

    private final EmailQueue queue;

    EmailQueueMetrics(EmailQueue queue) {
        this.queue = queue;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("crm.mail.queue.due", queue, EmailQueue::dueCount)
                .description("Emails due for sending that no sender holds").register(meters);
        Gauge.builder("crm.mail.queue.oldest.age", queue, EmailQueue::oldestDueAgeSeconds).baseUnit("seconds")
                .description("How long the email due the longest has waited for a sender").register(meters);
    }
}
