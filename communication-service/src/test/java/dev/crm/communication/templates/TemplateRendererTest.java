package dev.crm.communication.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.common.web.CrmException;
import dev.crm.communication.content.EmailContent;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private static final Map<String, Object> ADA = Map.of(
            "contact", Map.of("firstName", "Ada", "fullName", "Ada <Lovelace>"),
            "deal", Map.of("name", "Engines", "value", "5,000.00", "currency", "EUR"));

    @Test
    void variablesAreFilledAndEscapedInTheBodyNotInTheSubject() {
        TemplateRenderer.Rendered r = TemplateRenderer.render("Offer for {{contact.fullName}}",
                "<p>Dear {{contact.fullName}}, {{deal.name}} costs {{deal.value}} {{deal.currency}}.</p>", ADA);
        assertThat(r.subject()).isEqualTo("Offer for Ada <Lovelace>");
        assertThat(r.html()).isEqualTo("<p>Dear Ada &lt;Lovelace&gt;, Engines costs 5,000.00 EUR.</p>");
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void aMissingValueTakesItsDefaultOrNothingAndIsReported() {
        TemplateRenderer.Rendered r = TemplateRenderer.render("Hi {{contact.lastName|friend}}", "<p>{{company.name}}|{{contact.firstName|there}}</p>", ADA);
        assertThat(r.subject()).isEqualTo("Hi friend");
        assertThat(r.html()).isEqualTo("<p>|Ada</p>");
        assertThat(r.missing()).containsExactly("contact.lastName", "company.name");
    }

    @Test
    void unknownVariablesPartialsAndBrokenSyntaxAreRefusedByField() {
        assertThat(TemplateRenderer.problems("Hi {{contact.nickname}}", "<p>{{> secrets}}</p>"))
                .extracting(p -> p.field()).containsExactly("subject", "body");
        assertThat(TemplateRenderer.problems("Hi", "{{#contact.firstName}}unclosed")).extracting(p -> p.field()).containsExactly("body");
        assertThatThrownBy(() -> TemplateRenderer.render("{{deal.secret}}", "x", ADA)).isInstanceOf(CrmException.class);
    }

    @Test
    void whatATemplateMakesIsSanitizedAsAnyEmailIs() {
        String body = "<p onclick=\"x()\">Hi {{contact.firstName|there}}, see {{deal.name}}.</p><script>steal()</script>";
        assertThat(EmailContent.of(TemplateRenderer.render("s", body, ADA).html()).html()).isEqualTo("<p>Hi Ada, see Engines.</p>");
    }
}
