package dev.crm.communication.tracking;

import static dev.crm.testing.AdversarialText.of;
import static dev.crm.testing.AdversarialText.timed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rewriting links answers 1 MB bodies of long or many links (times printed, not asserted). */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TrackedLinksLongInputTests {

    static String[] bodies() {
        return new String[] {of("<a href=\"https://", "a", "\">x</a>"), of("<a href=\"http://", "\n", "\">x</a>"),
                of("", "<a href=\"https://a.test\">x</a>", ""), of("<a href=\"", "h", "\">x</a>")};
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void rewritesTheLinksOfAMegabyteBody(String html) {
        String rewritten = timed("rewrite " + html.substring(0, 12), () -> TrackedLinks.rewrite(html, i -> "https://t.test/" + i));
        assertThat(rewritten).isNotEmpty();
    }
}
