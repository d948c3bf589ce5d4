package dev.crm.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderCharactersTests {

    // Spring Security's StrictHttpFirewall / StrictServerWebExchangeFirewall rules, which these replace
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void sameVerdictAsSpringSecurityForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = "a" + Character.toString(cp) + "b";
            assertThat(HeaderCharacters.NAMES.test(s)).as("U+%04X name", cp).isEqualTo(NAMES.matcher(s).matches());
            assertThat(HeaderCharacters.VALUES.test(s)).as("U+%04X value", cp).isEqualTo(VALUES.matcher(s).matches());
        }
    }

    @Test
    void loneSurrogatesAndControlsAreRefusedTabOnlyInValues() {
        assertThat(HeaderCharacters.VALUES.test("Bearer abc")).isTrue();
        assertThat(HeaderCharacters.VALUES.test("a\tb")).isTrue();
        assertThat(HeaderCharacters.NAMES.test("a\tb")).isFalse();
        assertThat(HeaderCharacters.VALUES.test("a\r\nb")).isFalse();
        assertThat(HeaderCharacters.VALUES.test("a\uD800b")).isEqualTo(VALUES.matcher("a\uD800b").matches());
        assertThat(HeaderCharacters.VALUES.test("")).isTrue();
        assertThat(HeaderCharacters.VALUES.test(null)).as("an absent header, as the reactive firewall asks").isTrue();
    }
}
