package dev.crm.contact.importing;

import dev.crm.common.audit.AuditTrail;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.contact.companies.CompanyImports;
import dev.crm.contact.contacts.ContactData;
import dev.crm.contact.contacts.ContactImports;
import dev.crm.contact.customfields.CustomFieldResponse;
import dev.crm.contact.importing.ImportJobResponse.Action;
import dev.crm.contact.importing.ImportJobResponse.ImportStatus;
import dev.crm.contact.importing.ImportJobResponse.Outcome;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs on a small bounded pool, as the member who started them and in their
 * organization's schema. Rows go in batches, one transaction each, with the job's progress saved in
 * the same transaction; a batch the database refuses as a whole is retried row by row, so one bad
 * row fails alone. The uploaded file is deleted when the job ends.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    /** What a job needs from the request that started it. */
    record Start(ImportJobs.NewJob job, Path file, HeaderMapping mapping, List<CustomFieldResponse> customFields,
                 CurrentTenant tenant, Authentication member) {}

    private final ImportJobs jobs;
    private final ContactImports contacts;
    private final CompanyImports companies;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor pool;
    private final int batchSize;
    private final long maxRows;
    private final Set<UUID> activeHere = ConcurrentHashMap.newKeySet();

    ImportRunner(ImportJobs jobs, ContactImports contacts, CompanyImports companies, AuditTrail audit,
                 PlatformTransactionManager transactionManager, @Value("${crm.imports.workers:2}") int workers,
                 @Value("${crm.imports.queue:20}") int queue, @Value("${crm.imports.batch-size:500}") int batchSize,
                 @Value("${crm.imports.max-rows:1000000}") long maxRows) {
        this.jobs = jobs;
        this.contacts = contacts;
        this.companies = companies;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.batchSize = batchSize;
        this.maxRows = maxRows;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the job; refuses (503) when the pool and its queue are full. */
    void submit(Start start) {
        activeHere.add(start.job().id());
        try {
            pool.execute(() -> runAs(start));
        } catch (RejectedExecutionException e) {
            activeHere.remove(start.job().id());
            throw CrmException.retryLater(CommonError.UNAVAILABLE, "Too many imports are running; try again in a minute.", 60);
        }
    }

    /** Whether this instance is running (or has queued) the job: only others' jobs can go stale. */
    boolean isActiveHere(UUID jobId) {
        return activeHere.contains(jobId);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    private void runAs(Start start) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(start.member());
        SecurityContextHolder.setContext(security);
        try {
            TenantContext.runAs(start.tenant(), () -> run(start));
        } finally {
            SecurityContextHolder.clearContext();
            activeHere.remove(start.job().id());
            deleteQuietly(start.file());
        }
    }

    private void run(Start start) {
        UUID id = start.job().id();
        Job job = new Job(start);
        try {
            jobs.started(id, countRows(start));
            try (InputStream in = Files.newInputStream(start.file()); CsvTable table = CsvTable.read(in, start.job().dialect())) {
                List<CsvTable.Row> batch = new ArrayList<>(batchSize);
                try {
                    for (CsvTable.Row row : table) {
                        batch.add(row);
                        if (batch.size() == batchSize) {
                            job.importBatch(batch);
                            batch.clear();
                        }
                    }
                } catch (UncheckedIOException e) {
                    job.importBatch(batch);
                    jobs.finished(id, ImportStatus.FAILED, "The file could not be read after row " + table.rowsRead()
                            + " (a quoted value that never ends?); the rows before it were imported.");
                    return;
                }
                job.importBatch(batch);
            }
            jobs.finished(id, ImportStatus.COMPLETED, null);
        } catch (CsvLimits.Exceeded overLimit) { // found while counting the rows: before any row was stored
            jobs.finished(id, ImportStatus.FAILED, overLimit.getMessage());
        } catch (RuntimeException | IOException e) {
            log.error("Import {} failed", id, e);
            jobs.finished(id, ImportStatus.FAILED, "The import stopped unexpectedly after " + job.processed
                    + " rows; run it again: rows already imported will be skipped.");
        }
    }

    /** The file's rows; refuses a file over a limit (CsvLimits, {@code crm.imports.max-rows}) before anything is stored. */
    private int countRows(Start start) throws IOException {
        try (InputStream in = Files.newInputStream(start.file()); CsvTable table = CsvTable.read(in, start.job().dialect())) {
            int rows = 0;
            try {
                for (CsvTable.Row ignored : table) {
                    if (++rows > maxRows) throw CsvLimits.refused("The file has more than " + maxRows + " rows; nothing was imported.");
                }
            } catch (UncheckedIOException e) {
                // the run reports where the file breaks
            }
            return rows;
        }
    }

    /** One job's running state: counts, the first outcomes, the companies it found or made. */
    private final class Job {
        private final Start start;
        private final ContactRows rows;
        private final Map<String, UUID> companyIds = new HashMap<>();
        private final Map<String, ContactImports.Planned> planned = new HashMap<>();
        private final List<Outcome> outcomes = new ArrayList<>();
        private int processed, created, updated, skipped, failed, companiesCreated;

        Job(Start start) {
            this.start = start;
            this.rows = new ContactRows(start.mapping(), start.customFields());
        }

        void importBatch(List<CsvTable.Row> batch) {
            if (batch.isEmpty()) return;
            Snapshot before = new Snapshot();
            try {
                transactions.executeWithoutResult(tx -> audit.batched(() -> importRows(batch)));
            } catch (RuntimeException e) {
                log.warn("Import {}: a batch was refused as a whole, retrying its rows one by one", start.job().id(), e);
                before.restore();
                for (CsvTable.Row row : batch) {
                    Snapshot single = new Snapshot();
                    try {
                        transactions.executeWithoutResult(tx -> audit.batched(() -> importRows(List.of(row))));
                    } catch (RuntimeException rowError) {
                        single.restore();
                        transactions.executeWithoutResult(tx -> record(List.of(new Result(row, null, Action.FAIL,
                                "The database refused this row (it may conflict with a change made meanwhile)."))));
                    }
                }
            }
        }

        private Void importRows(List<CsvTable.Row> batch) {
            List<Result> results = new ArrayList<>(batch.size());
            List<ContactRows.Converted> converted = new ArrayList<>(batch.size());
            List<ContactData> contactsOfBatch = new ArrayList<>(batch.size());
            for (CsvTable.Row row : batch) {
                try {
                    ContactRows.Converted c = rows.convert(row.cells());
                    converted.add(c);
                    contactsOfBatch.add(c.contact());
                } catch (CrmException e) {
                    converted.add(null);
                    results.add(new Result(row, null, Action.FAIL, reason(e)));
                }
            }
            ContactImports.Batch upserts = contacts.batch(contactsOfBatch, start.job().dryRun(), planned);
            for (int i = 0; i < batch.size(); i++) {
                ContactRows.Converted c = converted.get(i);
                if (c == null) continue;
                CsvTable.Row row = batch.get(i);
                String email = c.contact().email();
                try {
                    ContactData data = withCompany(c);
                    results.add(new Result(row, email, switch (upserts.upsert(data)) {
                        case CREATED -> Action.CREATE;
                        case UPDATED -> Action.UPDATE;
                        case UNCHANGED -> Action.SKIP;
                    }, null));
                } catch (CrmException e) {
                    results.add(new Result(row, email, Action.FAIL, reason(e)));
                }
            }
            results.sort((a, b) -> Long.compare(a.row.number(), b.row.number()));
            record(results);
            return null;
        }

        private ContactData withCompany(ContactRows.Converted c) {
            if (c.company() == null) return c.contact();
            UUID companyId = companyIds.computeIfAbsent(c.company().key(), key -> companies.find(c.company()).orElseGet(() -> {
                companiesCreated++;
                return start.job().dryRun() ? UUID.randomUUID() : companies.create(c.company());
            }));
            ContactData d = c.contact();
            return new ContactData(d.firstName(), d.lastName(), d.email(), d.additionalEmails(), d.phone(), d.additionalPhones(), d.title(),
                    companyId, d.ownerId(), d.tags(), d.address(), d.notes(), d.customFields(), d.version());
        }

        private void record(List<Result> results) {
            List<ImportJobs.Rejected> rejected = new ArrayList<>();
            for (Result r : results) {
                processed++;
                switch (r.action) {
                    case CREATE -> created++;
                    case UPDATE -> updated++;
                    case SKIP -> skipped++;
                    case FAIL -> {
                        failed++;
                        rejected.add(new ImportJobs.Rejected(r.row.number(), r.row.cells(), r.reason));
                    }
                }
                if (outcomes.size() < ImportJobs.OUTCOMES_KEPT) {
                    outcomes.add(new Outcome(r.row.number(), r.action, r.email, r.action == Action.SKIP ? "unchanged" : r.reason));
                }
            }
            jobs.rejected(start.job().id(), rejected);
            jobs.progressed(start.job().id(), new ImportJobs.Progress(processed, created, updated, skipped, failed, companiesCreated,
                    List.copyOf(outcomes)));
        }

        /** The counts and companies before a batch, to go back to when its transaction rolls back. */
        private final class Snapshot {
            private final int[] counts = {processed, created, updated, skipped, failed, companiesCreated, outcomes.size()};
            private final Map<String, UUID> companies = new HashMap<>(companyIds);
            private final Map<String, ContactImports.Planned> plans = new HashMap<>(planned);

            void restore() {
                processed = counts[0];
                created = counts[1];
                updated = counts[2];
                skipped = counts[3];
                failed = counts[4];
                companiesCreated = counts[5];
                outcomes.subList(counts[6], outcomes.size()).clear();
                companyIds.clear();
                companyIds.putAll(companies);
                planned.clear();
                planned.putAll(plans);
            }
        }
    }

    private record Result(CsvTable.Row row, String email, Action action, String reason) {}

    /** "email: must be a well-formed email address; phone: ..." or the message alone. */
    static String reason(CrmException e) {
        if (e.fieldProblems().isEmpty()) return e.getMessage();
        return e.fieldProblems().stream().map(p -> p.field().equals("row") ? p.message() : p.field() + ": " + p.message())
                .collect(Collectors.joining("; "));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", file, e);
        }
    }

}
