package dev.crm.contact.contacts;

import static dev.crm.testing.AdversarialText.timed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.AdversarialText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A contact's checks answer 1 MB values shaped against them (times printed; ContactLongValueIT bounds them). */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContactLongInputTests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static ContactData contact(String email, String phone) {
        return new ContactData("Ada", null, email, email == null ? null : List.of(email), phone, phone == null ? null : List.of(phone),
                null, null, null, null, null, null, Map.of(), null);
    }

    static Stream<String> phones() {
        return Stream.of(AdversarialText.phones());
    }

    static Stream<String> emails() {
        return Stream.of(AdversarialText.emails());
    }

    @ParameterizedTest
    @MethodSource("phones")
    void refusesAMegabytePhoneNumber(String phone) {
        Set<ConstraintViolation<ContactData>> refused = timed("phone " + phone.substring(0, 6), () -> VALIDATOR.validate(contact(null, phone)));
        assertThat(refused).extracting(v -> v.getPropertyPath().toString()).contains("phone", "additionalPhones[0].<list element>");
    }

    @ParameterizedTest
    @MethodSource("emails")
    void refusesAMegabyteEmailAddress(String email) {
        Set<ConstraintViolation<ContactData>> refused = timed("email " + email.substring(0, 6), () -> VALIDATOR.validate(contact(email, null)));
        assertThat(refused).extracting(v -> v.getPropertyPath().toString()).contains("email", "additionalEmails[0].<list element>");
    }

    @Test
    void acceptsOrdinaryPhoneNumbersAndAddresses() {
        assertThat(VALIDATOR.validate(contact("ada@example.com", "+1 (555) 010-9999 x12"))).isEmpty();
        assertThat(VALIDATOR.validate(contact("ada@example.com", "(512) 757-6000"))).isEmpty();
    }
}
