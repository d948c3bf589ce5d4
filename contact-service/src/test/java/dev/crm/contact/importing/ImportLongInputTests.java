package dev.crm.contact.importing;

import static dev.crm.testing.AdversarialText.of;
import static dev.crm.testing.AdversarialText.timed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.customfields.FieldKind;
import dev.crm.contact.customfields.CustomFieldResponse;
import dev.crm.testing.AdversarialText;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Header mapping and row conversion answer 1 MB headers and cells shaped against their splitting (times printed, not asserted). */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ImportLongInputTests {

    private static final List<CustomFieldResponse> FIELDS = List.of(new CustomFieldResponse(null, "contact", "backup", "Backup",
            FieldKind.EMAIL, false, null, List.of(), null, 0, null, null, 0));
    private static final List<String> HEADER = List.of("Full Name", "Phone", "Email", "Other Emails", "Other Phones", "Tags", "Backup");

    static Stream<String> cells() {
        return Stream.concat(Stream.concat(Stream.of(AdversarialText.emails()), Stream.of(AdversarialText.phones())),
                Stream.of(of("", ";", ""), of("", ",;", "a"), of("a", " ", "b"), of("", "\u0301", "a")));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void convertsOrRefusesAMegabyteCellInEveryColumn(String cell) {
        HeaderMapping mapping = HeaderMapping.automatic(HEADER, FIELDS);
        ContactRows rows = new ContactRows(mapping, FIELDS);
        List<String> row = Collections.nCopies(HEADER.size(), cell);
        Object converted = timed("convert " + cell.substring(0, 6), () -> {
            try {
                return rows.convert(row);
            } catch (RuntimeException refused) {
                return refused;
            }
        });
        assertThat(converted).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("cells")
    void normalizesAMegabyteHeader(String header) {
        assertThat(timed("header " + header.substring(0, 6), () -> HeaderMapping.automatic(List.of(header, "Email"), FIELDS).fields()))
                .containsEntry("Email", "email");
    }

    @Test
    void stillMapsOrdinaryHeaders() {
        assertThat(HeaderMapping.automatic(HEADER, FIELDS).fields()).containsEntry("Full Name", "fullName").containsEntry("Backup", "cf.backup");
    }
}
