package dev.crm.contact.exporting;

import dev.crm.common.time.Timestamps;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import dev.crm.contact.contacts.ContactFilter;
import dev.crm.contact.search.ListRequest;
import dev.crm.contact.search.TimeRanges;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/contacts/export}: the contacts of the current filter as a CSV download (UTF-8 with BOM),
 * for the roles the organization allows to export ({@link ExportGate}).
 */
@RestController
class ContactExportController {

    private final ContactExport export;
    private final ExportGate gate;

    ContactExportController(ContactExport export, ExportGate gate) {
        this.export = export;
        this.gate = gate;
    }

    /** The list's filters, {@code q} (matching prefixes) and {@code sort}; every page at once. */
    @GetMapping("/api/contacts/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) UUID ownerId, @RequestParam(required = false) UUID companyId,
                @RequestParam(required = false) List<String> tag,
                @RequestParam(required = false) String createdAfter, @RequestParam(required = false) String createdBefore,
                @RequestParam(required = false) String updatedAfter, @RequestParam(required = false) String updatedBefore,
                @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
                HttpServletResponse response) throws IOException {
        ContactFilter filter = new ContactFilter(ownerId, companyId, tag, new TimeRanges(createdAfter, createdBefore, updatedAfter, updatedBefore));
        ListRequest request = new ListRequest(q, sort, null, null, parameters);
        export.check(filter, request);
        gate.open("contact", parameters);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"contacts-" + Timestamps.now().atZone(ZoneOffset.UTC).toLocalDate() + ".csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
        export.write(filter, request, out);
        out.flush();
    }
}
