package dev.crm.communication.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{contact.firstName}}}-style variables with JMustache (logic-less: no code runs in a
 * template). {@code {{contact.firstName|there}}} gives a default for a missing value (rewritten to
 * Mustache's own {@code {{#x}}{{x}}{{/x}}{{^x}}there{{/x}}}); values are HTML-escaped in bodies, not in
 * subjects. Only the variables below exist: any other name is refused when a template is saved or sent.
 */
public final class TemplateRenderer {

    public static final Set<String> VARIABLES = Set.of(
            "contact.firstName", "contact.lastName", "contact.fullName", "contact.email",
            "company.name", "company.domain",
            "deal.name", "deal.value", "deal.currency", "deal.expectedCloseDate",
            "sender.fullName", "sender.email", "organization.name");

    /** A subject and body filled in, and the variables they name that had no value (shown by a preview). */
    public record Rendered(String subject, String html, Set<String> missing) {}

    private static final Pattern WITH_DEFAULT = Pattern.compile("\\{\\{\\s*([A-Za-z]+\\.[A-Za-z]+)\\s*\\|([^{}]*)}}");
    private static final Mustache.Compiler HTML = Mustache.compiler().defaultValue("").emptyStringIsFalse(true).escapeHTML(true);
    private static final Mustache.Compiler PLAIN = Mustache.compiler().defaultValue("").emptyStringIsFalse(true).escapeHTML(false);

    private TemplateRenderer() {}

    /** Every problem of a subject and body (syntax, unknown variables) as field problems; none when both are fine. */
    public static List<FieldProblem> problems(String subject, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        check("subject", subject, problems);
        check("body", body, problems);
        return problems;
    }

    /** Fills {@code subject} and {@code body} from {@code model}; a 400 naming the field of any problem. */
    public static Rendered render(String subject, String body, Map<String, Object> model) {
        List<FieldProblem> problems = problems(subject, body);
        if (!problems.isEmpty()) throw new CrmException(CommonError.VALIDATION_FAILED, problems.get(0).message(), problems, Map.of());
        Set<String> missing = new LinkedHashSet<>();
        named(subject).forEach(v -> { if (value(model, v) == null) missing.add(v); });
        named(body).forEach(v -> { if (value(model, v) == null) missing.add(v); });
        String filledSubject = PLAIN.compile(withDefaults(subject)).execute(model).replaceAll("[\\r\\n]+", " ").strip();
        return new Rendered(filledSubject, HTML.compile(withDefaults(body)).execute(model), missing);
    }

    private static void check(String field, String text, List<FieldProblem> problems) {
        if (text == null) return;
        try {
            for (String name : named(text)) {
                if (!VARIABLES.contains(name)) {
                    problems.add(new FieldProblem(field, "{{" + name + "}} is not a variable; use one of " + String.join(", ", VARIABLES.stream().sorted().toList())));
                }
            }
        } catch (MustacheException e) {
            problems.add(new FieldProblem(field, "The {{variables}} are not well formed: " + e.getMessage()));
        }
    }

    /** The variable and section names a template uses. */
    private static Set<String> named(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) return names;
        Template template = PLAIN.compile(withDefaults(text));
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {}

            @Override
            public void visitVariable(String name) {
                names.add(name);
            }

            @Override
            public boolean visitInclude(String name) {
                names.add(">" + name);
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                names.add(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                names.add(name);
                return true;
            }
        });
        return names;
    }

    private static String withDefaults(String text) {
        Matcher m = WITH_DEFAULT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String fallback = m.group(2).strip();
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "{{#" + name + "}}{{" + name + "}}{{/" + name + "}}{{^" + name + "}}" + fallback + "{{/" + name + "}}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object value(Map<String, Object> model, String name) {
        int dot = name.indexOf('.');
        if (dot < 0) return null;
        Object scope = model.get(name.substring(0, dot));
        return scope instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(name.substring(dot + 1)) : null;
    }
}
