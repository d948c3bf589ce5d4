package dev.crm.communication.content;

import static dev.crm.testing.AdversarialText.of;
import static dev.crm.testing.AdversarialText.timed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sanitizing and the plain-text part answer 1 MB bodies shaped against them (times printed, not asserted). */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EmailContentLongInputTests {

    static String[] bodies() {
        return new String[] {of("<p>a", "<b> </b>", "b</p>"), of("<p>a", "<i>\t</i>", "</p>"), of("<pre>", "\n", "</pre>"),
                of("", "<br>", ""), of("", "<div>", "a"), of("<p>", " \t", "\n</p>"), of("", "<a href=\"https://a.test/\">x</a>", "")};
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void makesTheTextOfAMegabyteBody(String html) {
        EmailContent content = timed("body " + html.substring(0, 8), () -> EmailContent.of(html));
        assertThat(content.text()).doesNotContain(" \n", "\t\n", "\n\n\n");
    }
}
