package dev.crm.contact.importing;

import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.Role;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.Ids;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import dev.crm.contact.ContactError;
import dev.crm.contact.customfields.CustomFieldResponse;
import dev.crm.contact.customfields.CustomFieldService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an upload before it becomes a job (a file with a header, a mapping that names real columns
 * and fields and fills a name or an email, a member who may write), then hands it to the runner.
 */
@Service
class ImportService {

    private static final int PREVIEW_BYTES = 1024 * 1024;
    private static final int SAMPLE_ROWS = 5;
    private static final TypeReference<LinkedHashMap<String, String>> MAPPING = new TypeReference<>() {};

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final CustomFieldService customFields;
    private final JsonMapper json;
    private final Path uploads;
    private final Duration staleAfter;

    ImportService(ImportJobs jobs, ImportRunner runner, CustomFieldService customFields, JsonMapper json,
                  @Value("${crm.imports.dir:${java.io.tmpdir}/crm-imports}") Path uploads,
                  @Value("${crm.imports.stale-after:3m}") Duration staleAfter) {
        this.jobs = jobs;
        this.runner = runner;
        this.customFields = customFields;
        this.json = json;
        this.uploads = uploads;
        this.staleAfter = staleAfter;
    }

    ImportPreview preview(MultipartFile file) throws IOException {
        requireMayImport();
        byte[] start;
        try (InputStream in = requireFile(file).getInputStream()) {
            start = in.readNBytes(PREVIEW_BYTES);
        }
        CsvDialect dialect = CsvDialect.ofStart(start);
        List<CustomFieldResponse> fields = customFields.list("contact");
        try (CsvTable table = CsvTable.read(new ByteArrayInputStream(start), dialect)) {
            List<String> headers = requireHeader(table);
            List<List<String>> sample = new ArrayList<>();
            try {
                for (CsvTable.Row row : table) {
                    if (sample.size() == SAMPLE_ROWS) break;
                    sample.add(row.cells().stream().map(CsvCells::unprotect).toList());
                }
            } catch (UncheckedIOException e) {
                // the preview read only the start of the file: a value cut at its end is not shown
            }
            HeaderMapping mapping = HeaderMapping.automatic(headers, fields);
            List<ImportPreview.Field> targets = new ArrayList<>();
            for (ContactColumn c : ContactColumn.values()) targets.add(new ImportPreview.Field(c.key(), c.label(), false));
            fields.forEach(f -> targets.add(new ImportPreview.Field(ContactColumn.CUSTOM + f.name(), f.label(), f.required())));
            return new ImportPreview(dialect.encoding(), String.valueOf(dialect.delimiter()), headers, sample, mapping.preset(),
                    mapping.fields(), targets);
        }
    }

    ImportJobResponse start(MultipartFile file, String mappingJson, boolean dryRun) throws IOException {
        CurrentUser user = requireMayImport();
        requireFile(file);
        Files.createDirectories(uploads);
        UUID id = Ids.newId();
        Path stored = uploads.resolve(id + ".csv");
        file.transferTo(stored);
        try {
            CsvDialect dialect = CsvDialect.of(stored);
            List<String> headers;
            try (InputStream in = Files.newInputStream(stored); CsvTable table = CsvTable.read(in, dialect)) {
                headers = requireHeader(table);
            }
            List<CustomFieldResponse> fields = customFields.list("contact");
            HeaderMapping mapping = (mappingJson == null || mappingJson.isBlank()
                    ? HeaderMapping.automatic(headers, fields) : HeaderMapping.given(parse(mappingJson), headers, fields)).requireNameOrEmail();
            ImportJobs.NewJob job = new ImportJobs.NewJob(id, dryRun, fileName(file), dialect, headers, mapping.fields(), user.id());
            jobs.insert(job);
            try {
                runner.submit(new ImportRunner.Start(job, stored, mapping, fields, TenantContext.require(),
                        SecurityContextHolder.getContext().getAuthentication()));
            } catch (CrmException busy) {
                jobs.finished(id, ImportJobResponse.ImportStatus.FAILED, busy.getMessage());
                throw busy;
            }
            return get(id);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(stored);
            throw e;
        }
    }

    /** The job; one whose instance stopped (no progress for a while) is reported FAILED. */
    ImportJobResponse get(UUID id) {
        ImportJobResponse job = jobs.find(id).orElseThrow(ImportService::notFound);
        if (failedIfStale(job)) job = jobs.find(id).orElseThrow(ImportService::notFound);
        return job;
    }

    Page<ImportJobResponse> list(PageRequest page) {
        List<ImportJobResponse> rows = jobs.list(page.after().orElse(null), page.fetchSize());
        if (rows.stream().map(this::failedIfStale).reduce(false, Boolean::logicalOr)) {
            rows = jobs.list(page.after().orElse(null), page.fetchSize());
        }
        return page.page(rows, ImportJobResponse::id);
    }

    /** Fails a job another instance left PENDING or RUNNING without progress for {@code staleAfter}; whether it may have. */
    private boolean failedIfStale(ImportJobResponse job) {
        boolean open = job.status() == ImportJobResponse.ImportStatus.PENDING || job.status() == ImportJobResponse.ImportStatus.RUNNING;
        if (!open || runner.isActiveHere(job.id())) return false;
        jobs.failStale(job.id(), staleAfter, "The import stopped making progress (its server may have restarted); "
                + "run it again: rows already imported will be skipped.");
        return true;
    }

    /** The job's headers, to write the error file with; 404 for a job of no one here. */
    List<String> errorHeaders(UUID id) {
        jobs.find(id).orElseThrow(ImportService::notFound);
        return jobs.headers(id);
    }

    void eachRejected(UUID id, java.util.function.Consumer<ImportJobs.Rejected> each) {
        jobs.eachRejected(id, each);
    }

    private static CurrentUser requireMayImport() {
        CurrentUser user = CurrentUser.require();
        if (user.role() == Role.VIEWER) {
            throw new CrmException(CommonError.FORBIDDEN, "Your role can read contacts but not import them.");
        }
        return user;
    }

    private static MultipartFile requireFile(MultipartFile file) {
        if (file == null) throw CrmException.onField(CommonError.VALIDATION_FAILED, "file", "Attach the CSV file in the part named file.");
        if (file.isEmpty()) throw CrmException.onField(CommonError.VALIDATION_FAILED, "file", "The file is empty.");
        return file;
    }

    private static List<String> requireHeader(CsvTable table) {
        List<String> headers = table.headers();
        if (headers.isEmpty()) throw CrmException.onField(CommonError.VALIDATION_FAILED, "file", "The file has no header row (it holds no text).");
        if (headers.stream().anyMatch(h -> h.contains("@"))) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "file",
                    "The first row looks like data (it holds an email address); the first row must name the columns.");
        }
        return headers;
    }

    private Map<String, String> parse(String mappingJson) {
        try {
            Map<String, String> mapping = json.readValue(mappingJson, MAPPING);
            if (mapping == null) throw new IllegalArgumentException();
            return mapping;
        } catch (JacksonException | IllegalArgumentException e) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "mapping",
                    "must be a JSON object from column name to field key (or null to ignore the column).");
        }
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null) return null;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static CrmException notFound() {
        return new CrmException(ContactError.IMPORT_NOT_FOUND, "No such import in your organization.");
    }
}
