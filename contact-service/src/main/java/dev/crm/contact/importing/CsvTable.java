package dev.crm.contact.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a header and data rows (RFC 4180: quoted cells may hold delimiters, quotes and line
 * breaks). Blank lines and rows of empty cells are skipped. Header names are made unique ("Email",
 * "Email (2)") and a nameless column is called "Column 3", so a mapping can name every column. Reading
 * stops with a 400 naming the file at the first thing over {@link CsvLimits}.
 */
final class CsvTable implements Closeable, Iterable<CsvTable.Row> {

    /** A data row; {@code number} counts lines as a spreadsheet does, the header being row 1. */
    record Row(long number, List<String> cells) {}

    private final CsvLimits.Bounded reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;

    private CsvTable(CsvLimits.Bounded reader, CSVParser parser) {
        this.reader = reader;
        this.parser = parser;
        this.records = parser.iterator();
        this.headers = records.hasNext() ? header(records.next().values()) : List.of();
        reader.nextRow(2);
    }

    /** Reads {@code in} in the dialect within {@link CsvLimits}; the byte order mark is skipped. */
    static CsvTable read(InputStream in, CsvDialect dialect) throws IOException {
        in.skipNBytes(dialect.bomBytes());
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).setIgnoreEmptyLines(true).get();
        CsvLimits.Bounded reader = new CsvLimits.Bounded(new BufferedReader(new InputStreamReader(in, dialect.charset()), 64 * 1024));
        return new CsvTable(reader, CSVParser.builder().setReader(reader).setFormat(format).get());
    }

    /** The column names; empty when the file has no row at all. */
    List<String> headers() {
        return headers;
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && records.hasNext()) {
                    CSVRecord record = records.next();
                    reader.nextRow(record.getRecordNumber() + 1);
                    List<String> cells = List.of(record.values());
                    requireWithinLimits(record.getRecordNumber(), cells);
                    if (cells.stream().anyMatch(c -> !c.isBlank())) next = new Row(record.getRecordNumber(), cells);
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    /** Rows read so far, the header included: where a broken file stopped. */
    long rowsRead() {
        return parser.getRecordNumber();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireWithinLimits(long row, List<String> cells) {
        if (cells.size() > CsvLimits.MAX_COLUMNS) {
            throw CsvLimits.refused("Row " + row + " has more than " + CsvLimits.MAX_COLUMNS + " values; nothing was imported.");
        }
        if (cells.stream().anyMatch(c -> c.length() > CsvLimits.MAX_CELL_CHARS)) {
            throw CsvLimits.refused("Row " + row + " has a value over 32 KB; nothing was imported.");
        }
    }

    private static List<String> header(String[] cells) {
        if (cells.length > CsvLimits.MAX_COLUMNS) {
            throw CsvLimits.refused("The header names more than " + CsvLimits.MAX_COLUMNS + " columns.");
        }
        if (Arrays.stream(cells).mapToInt(String::length).sum() > CsvLimits.MAX_HEADER_CHARS) {
            throw CsvLimits.refused("The header row is over 64 KB.");
        }
        return uniqueNames(cells);
    }

    private static List<String> uniqueNames(String[] cells) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.length; i++) {
            String base = cells[i].replace("\uFEFF", "").strip();
            if (base.isEmpty()) base = "Column " + (i + 1);
            String name = base;
            for (int n = 2; !seen.add(name.toLowerCase(Locale.ROOT)); n++) name = base + " (" + n + ")";
            names.add(name);
        }
        return List.copyOf(names);
    }
}
