package dev.crm.deal.deals;

import dev.crm.deal.pipelines.StageOutcome;

/** Where a deal stands: open, won or lost; it follows the outcome of the deal's stage. */
public enum DealStatus {
    OPEN,
    WON,
    LOST;

    static DealStatus of(StageOutcome outcome) {
        return outcome == null ? OPEN : valueOf(outcome.name());
    }
}
