package dev.crm.communication.emails;

import static dev.crm.testing.AdversarialText.of;
import static dev.crm.testing.AdversarialText.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.common.web.CrmException;
import dev.crm.testing.AdversarialText;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks of what comes in by request (a send's addresses and subject) and by mail (a delivery-status
 * part) answer 1 MB values shaped against them (times printed, not asserted).
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InboundRequestsLongInputTests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static Stream<String> values() {
        return Stream.concat(Stream.of(AdversarialText.emails()), Stream.of(of("", " ", "\n"), of("a", "\r", ""), of("", "\u2028", "x")));
    }

    @ParameterizedTest
    @MethodSource("values")
    void refusesAMegabyteAddressOrSubject(String value) {
        SendEmailRequest request = new SendEmailRequest(value, List.of(value), null, value, "<p>x</p>", null, null, null, null, null);
        assertThat(timed("send " + value.substring(0, 4).strip(), () -> VALIDATOR.validate(request)))
                .extracting(v -> v.getPropertyPath().toString()).contains("to", "subject");
    }

    static String[] statuses() {
        return new String[] {of("Reporting-MTA: dns; a\r\n\r\nFinal-Recipient:", "\n", "Action:"), of("Action: failed\r\nStatus:", " ", "x"),
                of("", "Final-Recipient: rfc822; a@b.c\r\n", ""), of("Action: failed\r\nX:", "\r\n ", "y"), of("", ":", ""),
                of("Action:", "\t", "\r\n")};
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void refusesAMegabyteDeliveryStatusAndReadsItsFirst64Kilobytes(String status) {
        assertThat(timed("status " + status.substring(0, 8), () -> catchThrowableOfType(CrmException.class, () -> DeliveryStatus.parse(status))))
                .isNotNull();
        assertThat(timed("64 KB status " + status.substring(0, 8), () -> DeliveryStatus.parse(status.substring(0, DeliveryStatus.MAX_LENGTH))))
                .allSatisfy(s -> assertThat(s.finalRecipient()).hasSizeLessThan(DeliveryStatus.MAX_LENGTH));
    }
}
