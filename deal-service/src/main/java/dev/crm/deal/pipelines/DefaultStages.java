package dev.crm.deal.pipelines;

import static dev.crm.deal.pipelines.RequiredField.EXPECTED_CLOSE_DATE;
import static dev.crm.deal.pipelines.RequiredField.LOST_REASON;
import static dev.crm.deal.pipelines.RequiredField.VALUE;

import java.util.List;

/** The stages a pipeline starts with when nobody names others: the sales process most teams run. */
final class DefaultStages {

    static final String PIPELINE_NAME = "Sales";

    static final List<StageInput> STAGES = List.of(
            StageInput.of("Lead", 10, null),
            StageInput.of("Qualified", 25, null),
            StageInput.of("Proposal", 50, null, VALUE, EXPECTED_CLOSE_DATE),
            StageInput.of("Negotiation", 75, null),
            StageInput.of("Closed Won", 100, StageOutcome.WON),
            StageInput.of("Closed Lost", 0, StageOutcome.LOST, LOST_REASON));

    private DefaultStages() {}
}
