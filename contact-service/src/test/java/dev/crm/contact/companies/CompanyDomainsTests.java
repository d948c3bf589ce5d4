package dev.crm.contact.companies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyDomainsTests {

    @ParameterizedTest
    @CsvSource({
        "acme.com, acme.com",
        "ACME.COM, acme.com",
        "' acme.com. ', acme.com",
        "www.acme.com, acme.com",
        "https://www.Acme.com/about?x=1, acme.com",
        "http://shop.acme.co.uk:8080/, shop.acme.co.uk",
        "mailto:sales@acme.com, acme.com",
        "bücher.de, xn--bcher-kva.de",
        "xn--bcher-kva.de, xn--bcher-kva.de"
    })
    void oneCanonicalFormPerCompany(String text, String expected) {
        assertThat(CompanyDomains.normalize(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "acme", "acme.", "-acme.com", "acme-.com", "ac_me.com", "acme.c0m", "acme..com", "http://", "1.2.3.4"})
    void notADomain(String text) {
        assertThat(CompanyDomains.normalize(text)).isEmpty();
    }
}
