package dev.crm.deal.pipelines;

/** What entering a stage makes of a deal: won or lost (a stage without an outcome holds open deals). */
public enum StageOutcome {
    WON,
    LOST
}
