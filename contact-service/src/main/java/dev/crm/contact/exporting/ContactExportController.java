package dev.crm.contact.exporting;

import dev.crm.common.time.Timestamps;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/contacts/export}: the contacts of the current filter as a CSV download (UTF-8 with BOM). Every member may export. */
@RestController
class ContactExportController {

    private final ContactExport export;

    ContactExportController(ContactExport export) {
        this.export = export;
    }

    @GetMapping("/api/contacts/export")
    void export(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        ContactExportFilter filter = ContactExportFilter.of(params);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"contacts-" + Timestamps.now().atZone(ZoneOffset.UTC).toLocalDate() + ".csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
        export.write(filter, out);
        out.flush();
    }
}
