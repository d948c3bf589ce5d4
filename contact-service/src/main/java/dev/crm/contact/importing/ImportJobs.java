package dev.crm.contact.importing;

import dev.crm.common.tenant.TenantContext;
import dev.crm.common.time.Timestamps;
import dev.crm.contact.importing.ImportJobResponse.ImportStatus;
import dev.crm.contact.importing.ImportJobResponse.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs of the organization in context and their rejected rows, in its schema (the name
 * comes from the verified tenant context, never from input).
 */
@Repository
class ImportJobs {

    static final int OUTCOMES_KEPT = 100;
    private static final TypeReference<LinkedHashMap<String, String>> MAPPING = new TypeReference<>() {};
    private static final TypeReference<List<Outcome>> OUTCOMES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ImportJobs(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A new job as uploaded: what the worker needs to run it again from the file. */
    record NewJob(UUID id, boolean dryRun, String fileName, CsvDialect dialect, List<String> headers, Map<String, String> mapping,
                  UUID createdBy) {}

    /** Counts after a batch. */
    record Progress(int processedRows, int created, int updated, int skipped, int failed, int companiesCreated, List<Outcome> outcomes) {}

    void insert(NewJob job) {
        Instant now = Timestamps.now();
        jdbc.update("insert into " + table("import_jobs") + " (id, status, dry_run, file_name, encoding, delimiter, headers, mapping,"
                        + " created_by, created_at, heartbeat_at) values (?, 'PENDING', ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)",
                job.id(), job.dryRun(), job.fileName(), job.dialect().encoding(), String.valueOf(job.dialect().delimiter()),
                job.headers().toArray(String[]::new), json.writeValueAsString(job.mapping()), job.createdBy(),
                Timestamp.from(now), Timestamp.from(now));
    }

    void started(UUID id, int totalRows) {
        jdbc.update("update " + table("import_jobs") + " set status = 'RUNNING', total_rows = ?, heartbeat_at = ? where id = ?",
                totalRows, Timestamp.from(Timestamps.now()), id);
    }

    void progressed(UUID id, Progress p) {
        jdbc.update("update " + table("import_jobs") + " set processed_rows = ?, created = ?, updated = ?, skipped = ?, failed = ?,"
                        + " companies_created = ?, outcomes = ?::jsonb, heartbeat_at = ? where id = ?",
                p.processedRows(), p.created(), p.updated(), p.skipped(), p.failed(), p.companiesCreated(),
                json.writeValueAsString(p.outcomes()), Timestamp.from(Timestamps.now()), id);
    }

    void rejected(UUID id, List<Rejected> rows) {
        if (rows.isEmpty()) return;
        jdbc.batchUpdate("insert into " + table("import_job_errors") + " (job_id, row, cells, error) values (?, ?, ?, ?) on conflict do nothing",
                rows.stream().map(r -> new Object[] {id, r.row(), r.cells().toArray(String[]::new), r.error()}).toList());
    }

    void finished(UUID id, ImportStatus status, String failureReason) {
        Instant now = Timestamps.now();
        jdbc.update("update " + table("import_jobs") + " set status = ?, failure_reason = ?, finished_at = ?, heartbeat_at = ? where id = ?",
                status.name(), failureReason, Timestamp.from(now), Timestamp.from(now), id);
    }

    /** Jobs of another instance that stopped beating for {@code staleAfter} are failed, so none stays RUNNING forever. */
    void failStale(UUID id, Duration staleAfter, String reason) {
        Instant now = Timestamps.now();
        jdbc.update("update " + table("import_jobs") + " set status = 'FAILED', failure_reason = ?, finished_at = ?"
                        + " where id = ? and status in ('PENDING', 'RUNNING') and heartbeat_at < ?",
                reason, Timestamp.from(now), id, Timestamp.from(now.minus(staleAfter)));
    }

    Optional<ImportJobResponse> find(UUID id) {
        return jdbc.query("select * from " + table("import_jobs") + " where id = ?", (rs, n) -> response(rs, true), id).stream().findFirst();
    }

    /** Newest first, after the job {@code before} (a keyset page). */
    List<ImportJobResponse> list(UUID before, int fetch) {
        return jdbc.query("select * from " + table("import_jobs") + " where (cast(? as uuid) is null or id < ?) order by id desc limit ?",
                (rs, n) -> response(rs, false), before, before, fetch);
    }

    List<String> headers(UUID id) {
        return jdbc.queryForObject("select headers from " + table("import_jobs") + " where id = ?",
                (rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray()), id);
    }

    /** The rejected rows in file order: their row number, original cells and the reason. */
    void eachRejected(UUID id, Consumer<Rejected> each) {
        jdbc.query("select row, cells, error from " + table("import_job_errors") + " where job_id = ? order by row",
                (RowCallbackHandler) rs -> each.accept(new Rejected(rs.getLong(1), Arrays.asList((String[]) rs.getArray(2).getArray()), rs.getString(3))),
                id);
    }

    record Rejected(long row, List<String> cells, String error) {}

    private ImportJobResponse response(ResultSet rs, boolean withOutcomes) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Integer total = (Integer) rs.getObject("total_rows");
        int processed = rs.getInt("processed_rows");
        ImportStatus status = ImportStatus.valueOf(rs.getString("status"));
        int percent = status == ImportStatus.COMPLETED ? 100 : total == null || total == 0 ? 0 : (int) (100L * processed / total);
        int failed = rs.getInt("failed");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJobResponse(id, status, rs.getBoolean("dry_run"), rs.getString("file_name"), rs.getString("encoding"),
                rs.getString("delimiter"), total, processed, percent, rs.getInt("created"), rs.getInt("updated"), rs.getInt("skipped"),
                failed, rs.getInt("companies_created"), json.readValue(rs.getString("mapping"), MAPPING), rs.getString("failure_reason"),
                withOutcomes ? json.readValue(rs.getString("outcomes"), OUTCOMES) : List.of(),
                failed > 0 ? "/api/contacts/import/" + id + "/errors" : null, rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    private static String table(String name) {
        return TenantContext.require().table(name);
    }

}
