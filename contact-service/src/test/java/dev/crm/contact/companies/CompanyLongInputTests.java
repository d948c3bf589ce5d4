package dev.crm.contact.companies;

import static dev.crm.testing.AdversarialText.of;
import static dev.crm.testing.AdversarialText.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.common.web.CrmException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A company's domain, website and size checks answer 1 MB values shaped against them (times printed, not asserted). */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CompanyLongInputTests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static String[] hosts() {
        return new String[] {of("https://", "a.", "com"), of("a", ":", "1"), of("", "a-", "a.com"), of("http", "+", "://a.com"),
                of("a.com", ":1", "x"), of("", "@", "a.com"), of("", "x", ""), of("", "/", "")};
    }

    @ParameterizedTest
    @MethodSource("hosts")
    void refusesAMegabyteDomainOrWebsite(String value) {
        assertThat(timed("normalize " + value.substring(0, 6), () -> CompanyDomains.normalize(value))).isEmpty();
        CompanyData company = new CompanyData("Acme", value, null, value, value, null, null, Map.of(), null);
        assertThat(timed("validate " + value.substring(0, 6), () -> VALIDATOR.validate(company)))
                .extracting(v -> v.getPropertyPath().toString()).contains("domain", "size", "website");
        CrmException refused = timed("normalized " + value.substring(0, 6), () -> catchThrowableOfType(CrmException.class, company::normalized));
        assertThat(refused.fieldProblems()).extracting("field").containsAnyOf("website", "domain");
    }
}
