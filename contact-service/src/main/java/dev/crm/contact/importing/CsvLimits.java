package dev.crm.contact.importing;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;

/**
 * What one CSV file may hold, so no file can exhaust memory: a header line of 64 KB and 200 columns, a row
 * of 1 MB, a cell of 32 KB (the row limit is the file's; see {@code crm.imports.max-rows}). A quote that
 * never closes would otherwise have the parser buffer the rest of the file as one cell.
 */
final class CsvLimits {

    static final int MAX_HEADER_CHARS = 64 * 1024;
    static final int MAX_COLUMNS = 200;
    static final int MAX_ROW_CHARS = 1024 * 1024;
    static final int MAX_CELL_CHARS = 32 * 1024;

    private CsvLimits() {}

    static Exceeded refused(String message) {
        return new Exceeded(message);
    }

    /** A file over a limit: 400 naming the file on a request; a failed job, before any row is stored, in a run. */
    static final class Exceeded extends CrmException {
        Exceeded(String message) {
            super(CommonError.VALIDATION_FAILED, message, List.of(new FieldProblem("file", message)), Map.of());
        }
    }

    /**
     * A reader that refuses to hand the parser more than a record's limit since the record began (the
     * parser reads ahead, so a record may reach the limit plus one read of the parser's buffer).
     */
    static final class Bounded extends Reader {

        private final Reader in;
        private long read;
        private long recordStart;
        private long limit = MAX_HEADER_CHARS;
        private String what = "The header row is over 64 KB (a quote that never closes?).";

        Bounded(Reader in) {
            this.in = in;
        }

        /** The next record begins here and may be a row. */
        void nextRow(long rowNumber) {
            recordStart = read;
            limit = MAX_ROW_CHARS;
            what = "Row " + rowNumber + " is over 1 MB (a quote that never closes?); nothing was imported.";
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (read - recordStart > limit) throw refused(what);
            int n = in.read(buffer, offset, length);
            if (n > 0) read += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
