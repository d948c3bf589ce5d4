package dev.crm.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTests {

    @Test
    void noValueCanStartAHeaderOfItsOwn() {
        assertThat(OneLine.of("Acme\r\nBcc: victim@example.com", 300)).isEqualTo("Acme Bcc: victim@example.com");
        assertThat(OneLine.of("Acme\u0000\u2028Inc\t", 300)).isEqualTo("Acme Inc");
        assertThat(OneLine.of("Welcome to Acme", 300)).isEqualTo("Welcome to Acme");
        assertThat(OneLine.of(null, 300)).isNull();
    }

    @Test
    void keepsHeadersShort() {
        assertThat(OneLine.of("x".repeat(1_000_000), 100)).hasSize(100);
        assertThat(OneLine.of("ab\n\ncd", 3)).isEqualTo("ab ");
    }

    @Test
    void thePatternAcceptsOneLineAndRefusesTheRest() {
        assertThat("Zoë & Co — Ltd".matches(OneLine.PATTERN)).isTrue();
        assertThat("Acme\nInc".matches(OneLine.PATTERN)).isFalse();
        assertThat("Acme\u2028Inc".matches(OneLine.PATTERN)).isFalse();
    }
}
