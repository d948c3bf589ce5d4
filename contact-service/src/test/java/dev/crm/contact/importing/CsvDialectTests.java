package dev.crm.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDialectTests {

    @TempDir
    Path dir;

    private CsvDialect dialectOf(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("f.csv"), bytes);
        return CsvDialect.of(file);
    }

    private static byte[] bytes(String text, Charset charset, int... bom) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        for (int i = 0; i < bom.length; i++) all[i] = (byte) bom[i];
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void aByteOrderMarkNamesTheEncodingAndIsSkipped() throws IOException {
        assertThat(dialectOf(bytes("Email,Name\n", StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF)))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_8, 3, ','));
        assertThat(dialectOf(bytes("Email;Name\n", StandardCharsets.UTF_16LE, 0xFF, 0xFE)))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_16LE, 2, ';'));
        assertThat(dialectOf(bytes("Email\tName\n", StandardCharsets.UTF_16BE, 0xFE, 0xFF)))
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_16BE, 2, '\t'));
    }

    @Test
    void validUtf8IsReadAsUtf8AndAnythingElseAsWindows1252() throws IOException {
        assertThat(dialectOf("Name\nJosé\n".getBytes(StandardCharsets.UTF_8)).encoding()).isEqualTo("UTF-8");
        assertThat(dialectOf("Name\nJosé\n".getBytes(CsvDialect.WINDOWS_1252)).encoding()).isEqualTo("windows-1252");
    }

    @Test
    void anInvalidByteLateInTheFileStillMeansWindows1252() throws IOException {
        String rows = "Name\n" + "plain ascii row\n".repeat(20_000) + "Zoë\n";
        assertThat(rows.length()).isGreaterThan(200_000);
        assertThat(dialectOf(rows.getBytes(CsvDialect.WINDOWS_1252)).encoding()).isEqualTo("windows-1252");
    }

    @Test
    void aPreviewForgivesACharacterCutAtTheEndOfTheStart() throws IOException {
        byte[] utf8 = "Name\nJosé".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 1);
        assertThat(CsvDialect.ofStart(cut).encoding()).isEqualTo("UTF-8");
    }

    @Test
    void theDelimiterIsTheMostFrequentOutsideQuotesInTheHeaderLine() {
        assertThat(CsvDialect.delimiterOf("a;b;c\n1,2,3,4,5")).isEqualTo(';');
        assertThat(CsvDialect.delimiterOf("\"a;b;c\",d,e\n")).isEqualTo(',');
        assertThat(CsvDialect.delimiterOf("a\tb\n")).isEqualTo('\t');
        assertThat(CsvDialect.delimiterOf("single\n")).isEqualTo(',');
    }

    @Test
    void tablesKeepQuotedLineBreaksSkipBlankLinesAndNameEveryColumn() throws IOException {
        String csv = "Email,Notes,Email,\r\n\r\na@x.io,\"line one\nline \"\"two\"\"\",b@x.io,\r\n,,,\r\nc@x.io,,,\r\n";
        try (CsvTable table = CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new CsvDialect(StandardCharsets.UTF_8, 0, ','))) {
            assertThat(table.headers()).containsExactly("Email", "Notes", "Email (2)", "Column 4");
            List<CsvTable.Row> rows = new ArrayList<>();
            table.forEach(rows::add);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).cells().get(1)).isEqualTo("line one\nline \"two\"");
            assertThat(rows.get(1).number()).as("rows counted as a spreadsheet does, blank ones skipped").isEqualTo(4);
        }
    }

    @Test
    void formulaCellsAreProtectedOnExportAndRestoredOnImport() {
        for (String cell : List.of("=SUM(A1)", "+1 555 0100", "-5", "@cmd", "\tx", "\rx")) {
            assertThat(CsvCells.protect(cell)).isEqualTo("'" + cell);
            assertThat(CsvCells.unprotect(CsvCells.protect(cell))).isEqualTo(cell);
        }
        assertThat(CsvCells.protect("O'Brien")).isEqualTo("O'Brien");
        assertThat(CsvCells.unprotect("'quoted'")).as("only a protecting quote is removed").isEqualTo("'quoted'");
    }
}
