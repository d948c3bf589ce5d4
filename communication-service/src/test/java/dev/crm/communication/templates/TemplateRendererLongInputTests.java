package dev.crm.communication.templates;

import static dev.crm.testing.AdversarialText.of;
import static dev.crm.testing.AdversarialText.timed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.web.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Template checking and filling answer 1 MB subjects and bodies shaped against the {{variable|default}} pattern (times printed). */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TemplateRendererLongInputTests {

    static String[] templates() {
        return new String[] {of("", "{{", ""), of("{{contact.firstName|", "x", ""), of("{{ ", "a", ".a}}"), of("{{", " ", "contact.firstName}}"),
                of("", "{{contact.firstName|}", "}"), of("", "{{#contact.firstName}}", ""), of("", "{{contact.firstName|a}}", ""),
                of("", "}}", "")};
    }

    @ParameterizedTest
    @MethodSource("templates")
    void checksAndFillsAMegabyteTemplate(String text) {
        List<FieldProblem> problems = timed("problems " + text.substring(0, 8), () -> TemplateRenderer.problems(text, text));
        if (problems.isEmpty()) {
            TemplateRenderer.Rendered rendered = timed("render " + text.substring(0, 8),
                    () -> TemplateRenderer.render(text, text, Map.of("contact", Map.of("firstName", "Ada"))));
            assertThat(rendered.subject()).doesNotContain("\n");
        } else {
            assertThat(problems).extracting(FieldProblem::field).contains("subject", "body");
        }
    }
}
