package dev.crm.communication.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailContentTest {

    @Test
    void scriptsHandlersAndForeignProtocolsAreRemoved() {
        EmailContent content = EmailContent.of("<p style=\"color:red\" onmouseover=\"x()\">Hi</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">click</a><img src=\"https://acme.test/logo.png\" onerror=\"x()\"><iframe src=\"https://evil.test\"></iframe>");
        assertThat(content.html()).doesNotContain("script", "onmouseover", "onerror", "javascript", "iframe").contains("Hi", "logo.png");
    }

    @Test
    void thePlainTextKeepsParagraphsListsAndLinkTargets() {
        EmailContent content = EmailContent.of("<h1>Offer</h1><p>Dear Ada,<br>thanks for your time.</p>"
                + "<ul><li>Seats: 10</li><li>Term: 1 year</li></ul><p>See <a href=\"https://acme.test/o\">the offer</a> "
                + "or write to <a href=\"mailto:sales@acme.test\">sales@acme.test</a>.</p>");
        assertThat(content.text()).isEqualTo("""
                Offer

                Dear Ada,
                thanks for your time.

                - Seats: 10
                - Term: 1 year

                See the offer <https://acme.test/o> or write to sales@acme.test.""");
    }
}
