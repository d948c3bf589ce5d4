package dev.crm.deal.deals;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deals won across the platform and their value, per currency ({@code crm.deals.won}: its count is the
 * deals, its sum their value), counted once the move commits. Only ISO 4217 currencies name a series
 * (the rest count as {@code other}), so a tenant cannot grow the metric's labels.
 */
@Component
class WonDeals {

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final MeterRegistry meters;

    WonDeals(MeterRegistry meters) {
        this.meters = meters;
        summary("USD"); // the default currency's series exists from the start
    }

    void won(Deal deal) {
        BigDecimal value = deal.getValue() == null ? BigDecimal.ZERO : deal.getValue();
        DistributionSummary summary = summary(deal.getCurrency());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    summary.record(value.doubleValue());
                }
            });
        } else {
            summary.record(value.doubleValue());
        }
    }

    private DistributionSummary summary(String currency) {
        return DistributionSummary.builder("crm.deals.won")
                .description("Deals won (count) and their value (sum), in the deal's currency")
                .tag("currency", currency != null && CURRENCIES.contains(currency) ? currency : "other")
                .register(meters);
    }
}
