package dev.crm.contact.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An import job as clients see it; {@code outcomes} are the first rows' results, for the dry-run view. */
record ImportJobResponse(
        UUID id, ImportStatus status, boolean dryRun, String fileName, String encoding, String delimiter, Integer totalRows,
        int processedRows, int percent, int created, int updated, int skipped, int failed, int companiesCreated,
        Map<String, String> mapping, String failureReason, List<Outcome> outcomes, String errorFileUrl, UUID createdBy,
        Instant createdAt, Instant finishedAt) {

    enum ImportStatus { PENDING, RUNNING, COMPLETED, FAILED }

    enum Action { CREATE, UPDATE, SKIP, FAIL }

    /** What happened (or, in a dry run, would happen) to one row. */
    record Outcome(long row, Action action, String email, String reason) {}
}
