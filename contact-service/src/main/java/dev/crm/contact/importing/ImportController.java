package dev.crm.contact.importing;

import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/contacts/import}: preview an upload, start an import job, watch it, download its rejected rows. */
@RestController
@RequestMapping("/api/contacts/import")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/preview")
    ImportPreview preview(@RequestParam(required = false) MultipartFile file) throws IOException {
        return imports.preview(file);
    }

    /** 202 with the job; {@code mapping} (JSON, header to field key) omitted: the automatic mapping. */
    @PostMapping
    ResponseEntity<ImportJobResponse> start(@RequestParam(required = false) MultipartFile file,
                                            @RequestParam(required = false) String mapping,
                                            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        ImportJobResponse job = imports.start(file, mapping, dryRun);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/contacts/import/" + job.id())).body(job);
    }

    @GetMapping
    Page<ImportJobResponse> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return imports.list(PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    ImportJobResponse get(@PathVariable UUID id) {
        return imports.get(id);
    }

    /** The rejected rows as they were in the file, with their row number and the reason. */
    @GetMapping("/{id}/errors")
    void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        List<String> headers = new ArrayList<>(imports.errorHeaders(id));
        headers.add("row");
        headers.add("error");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(headers.stream().map(CsvCells::protect));
            imports.eachRejected(id, r -> {
                List<String> cells = new ArrayList<>(r.cells().stream().map(CsvCells::protect).toList());
                cells.add(Long.toString(r.row()));
                cells.add(CsvCells.protect(r.error()));
                try {
                    csv.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
