package dev.crm.contact.exporting;

import dev.crm.common.tenant.TenantContext;
import dev.crm.contact.customfields.CustomFieldResponse;
import dev.crm.contact.customfields.CustomFieldService;
import dev.crm.contact.importing.ContactColumn;
import dev.crm.contact.importing.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import dev.crm.contact.contacts.ContactFilter;
import dev.crm.contact.contacts.ContactService;
import dev.crm.contact.search.ListRequest;
import dev.crm.contact.search.RecordFinder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the organization's live contacts as CSV, read with a server-side cursor in a read-only
 * transaction ({@value #FETCH} rows at a time), so memory stays flat however many there are.
 */
@Component
class ContactExport {

    static final int FETCH = 1000;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final List<ContactColumn> COLUMNS = Arrays.stream(ContactColumn.values()).filter(c -> c.exportHeader() != null).toList();

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final CustomFieldService customFields;
    private final RecordFinder finder;
    private final JsonMapper json;

    ContactExport(DataSource dataSource, PlatformTransactionManager transactions, CustomFieldService customFields, RecordFinder finder,
                  JsonMapper json) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.finder = finder;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.customFields = customFields;
        this.json = json;
    }

    /** Checks the filter and sort as the list would, so that a refused export is neither recorded nor half written. */
    void check(ContactFilter filter, ListRequest request) {
        readOnly.executeWithoutResult(tx -> finder.selection(ContactService.TABLE, filter.criteria(), request));
    }

    /** The contacts the list would show for {@code filter} and {@code request}, in its order ({@code q} matches prefixes). */
    void write(ContactFilter filter, ListRequest request, Writer out) throws IOException {
        String schema = TenantContext.require().schema();
        List<CustomFieldResponse> fields = customFields.list("contact");
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(headers(fields).stream().map(CsvCells::protect).toList()); // a custom field's label is the tenant's text too
        String sql = "select t.first_name, t.last_name, t.email, t.additional_emails, t.phone, t.additional_phones, t.title,"
                + " co.name, co.domain, t.owner_id, t.tags, t.address->>'street', t.address->>'city', t.address->>'region',"
                + " t.address->>'postalCode', t.address->>'country', t.notes, t.custom_fields::text"
                + " from " + schema + ".contacts t left join " + schema + ".companies co on co.id = t.company_id and co.deleted_at is null";
        readOnly.executeWithoutResult(tx -> {
            RecordFinder.Selection rows = finder.selection(ContactService.TABLE, filter.criteria(), request);
            jdbc.query(sql + " where " + rows.where() + " order by " + rows.orderBy(), rows.parameters(), (RowCallbackHandler) rs -> {
                try {
                    csv.printRecord(row(rs, fields));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
        csv.flush();
    }

    /** The standard columns' headers, then each custom field's label (its {@code cf.} key when the label is taken). */
    private static List<String> headers(List<CustomFieldResponse> fields) {
        List<String> headers = new ArrayList<>(COLUMNS.stream().map(ContactColumn::exportHeader).toList());
        Set<String> taken = new HashSet<>(headers.stream().map(String::toLowerCase).toList());
        for (CustomFieldResponse f : fields) {
            headers.add(taken.add(f.label().toLowerCase()) ? f.label() : ContactColumn.CUSTOM + f.name());
        }
        return headers;
    }

    private List<String> row(ResultSet rs, List<CustomFieldResponse> fields) throws SQLException {
        List<String> cells = new ArrayList<>(COLUMNS.size() + fields.size());
        cells.add(rs.getString(1));
        cells.add(rs.getString(2));
        cells.add(rs.getString(3));
        cells.add(joined(rs, 4));
        cells.add(rs.getString(5));
        cells.add(joined(rs, 6));
        for (int i = 7; i <= 10; i++) cells.add(rs.getString(i));
        cells.add(joined(rs, 11));
        for (int i = 12; i <= 17; i++) cells.add(rs.getString(i));
        Map<String, Object> values = json.readValue(rs.getString(18), MAP);
        for (CustomFieldResponse f : fields) cells.add(text(values.get(f.name())));
        return cells.stream().map(CsvCells::protect).toList();
    }

    private static String joined(ResultSet rs, int column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? null : String.join("; ", (String[]) array.getArray());
    }

    private static String text(Object value) {
        if (value == null) return null;
        if (value instanceof List<?> list) return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        if (value instanceof BigDecimal d) return d.toPlainString();
        return String.valueOf(value);
    }
}
