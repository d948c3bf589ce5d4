package dev.crm.common.customfields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every kind's check answers a 1 MB value shaped against it (a backtracking pattern took 11 s on 30,000
 * characters of {@code a@....@}). The times are printed, not asserted: the contact-service's
 * ContactLongValueIT holds the time bound against the running service.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FieldKindLongInputTests {

    private static final int MEGABYTE = 1 << 20;

    private static String of(String prefix, String unit, String suffix) {
        return prefix + unit.repeat((MEGABYTE - prefix.length() - suffix.length()) / unit.length()) + suffix;
    }

    static List<Object[]> adversarial() {
        return List.of(
                new Object[] {FieldKind.EMAIL, of("a@", ".", "@")}, new Object[] {FieldKind.EMAIL, of("a@", "a.", "@")},
                new Object[] {FieldKind.EMAIL, of("", "@", "")}, new Object[] {FieldKind.EMAIL, of("", "a", "@x.io")},
                new Object[] {FieldKind.EMAIL, of("a@", "a", ".io ")}, new Object[] {FieldKind.EMAIL, of("", " ", "a@b.c")},
                new Object[] {FieldKind.PHONE, of("", "(", "1")}, new Object[] {FieldKind.PHONE, of("+(1", "(", ")")},
                new Object[] {FieldKind.PHONE, of("1", " ", "x")}, new Object[] {FieldKind.PHONE, of("1", "-", "!")},
                new Object[] {FieldKind.PHONE, of(" ", " ", "+")}, new Object[] {FieldKind.PHONE, of("1", " 1", " ext 1234567")},
                new Object[] {FieldKind.URL, of("http://", "a", "")}, new Object[] {FieldKind.URL, of("http://a", "%", "")},
                new Object[] {FieldKind.URL, of("https://", "[", "]")}, new Object[] {FieldKind.DATE, of("2026-", "1", "")},
                new Object[] {FieldKind.TEXT, of("", "a", "")}, new Object[] {FieldKind.LONG_TEXT, of("", "a", "")},
                new Object[] {FieldKind.SINGLE_SELECT, of("", "a", "")});
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("adversarial")
    void refusesAMegabyteValueShapedAgainstItsCheck(FieldKind kind, String value) {
        long start = System.nanoTime();
        String problem = kind.problemWith(JsonNodeFactory.instance.stringNode(value), List.of("a"));
        System.out.printf("%-14s %-12s %6d ms%n", kind, value.substring(0, 8).replace("\n", " "), (System.nanoTime() - start) / 1_000_000);
        assertThat(problem).isNotNull();
    }

    @Test
    void stillAcceptsOrdinaryValues() {
        assertThat(FieldKind.EMAIL.problemWith(JsonNodeFactory.instance.stringNode("ada.lovelace@example.co.uk"), List.of())).isNull();
        assertThat(FieldKind.PHONE.problemWith(JsonNodeFactory.instance.stringNode("+1 (555) 010-9999 ext. 12"), List.of())).isNull();
        assertThat(FieldKind.PHONE.problemWith(JsonNodeFactory.instance.stringNode("(512) 757-6000"), List.of())).isNull();
        assertThat(FieldKind.URL.problemWith(JsonNodeFactory.instance.stringNode("https://example.com/a?b=c"), List.of())).isNull();
    }
}
