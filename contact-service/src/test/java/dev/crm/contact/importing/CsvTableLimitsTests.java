package dev.crm.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableLimitsTests {

    private static final CsvDialect UTF8 = new CsvDialect(StandardCharsets.UTF_8, 0, ',');

    private static List<CsvTable.Row> rows(String csv) throws IOException {
        try (CsvTable table = CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), UTF8)) {
            List<CsvTable.Row> rows = new ArrayList<>();
            table.forEach(rows::add);
            return rows;
        }
    }

    @Test
    void aQuoteThatNeverClosesInTheHeaderStopsAfter64Kilobytes() {
        assertThatThrownBy(() -> rows("\"Email," + "x".repeat(4 * 1024 * 1024))).isInstanceOf(CsvLimits.Exceeded.class)
                .hasMessageContaining("header row is over 64 KB");
    }

    @Test
    void aHeaderOfMoreThan200ColumnsIsRefused() {
        assertThatThrownBy(() -> rows("Email" + ",c".repeat(200) + "\n")).isInstanceOf(CsvLimits.Exceeded.class)
                .hasMessageContaining("more than 200 columns");
    }

    @Test
    void aRowOver1MegabyteACellOver32KilobytesOrTooManyValuesIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> rows("Email,Name\na@b.c,Ada\nb@c.d,\"" + "z".repeat(3 * 1024 * 1024))).isInstanceOf(CsvLimits.Exceeded.class)
                .hasMessageContaining("Row 3 is over 1 MB");
        assertThatThrownBy(() -> rows("Email,Name\na@b.c,\"" + "y".repeat(33 * 1024) + "\"\n")).isInstanceOf(CsvLimits.Exceeded.class)
                .hasMessageContaining("Row 2 has a value over 32 KB");
        assertThatThrownBy(() -> rows("Email,Name\na@b.c" + ",".repeat(250) + "\n")).isInstanceOf(CsvLimits.Exceeded.class)
                .hasMessageContaining("Row 2 has more than 200 values");
    }

    @Test
    void rowsWithinTheLimitsAreRead() throws IOException {
        String big = "w".repeat(30 * 1024);
        assertThat(rows("Email,Notes\n" + ("a@b.c,\"" + big + "\"\n").repeat(50))).hasSize(50)
                .allSatisfy(r -> assertThat(r.cells().get(1)).isEqualTo(big));
    }
}
