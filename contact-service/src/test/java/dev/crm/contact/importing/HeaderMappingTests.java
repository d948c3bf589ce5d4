package dev.crm.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.common.customfields.FieldKind;
import dev.crm.common.web.CrmException;
import dev.crm.contact.customfields.CustomFieldResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderMappingTests {

    private static final List<CustomFieldResponse> FIELDS = List.of(new CustomFieldResponse(null, "contact", "shoeSize", "Shoe size",
            FieldKind.NUMBER, false, null, List.of(), null, 0, null, null, 0));

    @Test
    void hubspotColumnsAreRecognized() {
        HeaderMapping m = HeaderMapping.automatic(List.of("Record ID", "First Name", "Last Name", "Email", "Phone Number",
                "Mobile Phone Number", "Job Title", "Company Name", "City", "State/Region", "Country/Region", "Contact owner"), FIELDS);
        assertThat(m.preset()).isEqualTo(HeaderMapping.Preset.HUBSPOT);
        assertThat(m.fields()).containsEntry("Phone Number", "phone").containsEntry("Mobile Phone Number", "additionalPhones")
                .containsEntry("Job Title", "title").containsEntry("Company Name", "companyName").containsEntry("State/Region", "region")
                .containsEntry("Record ID", null).containsEntry("Contact owner", null);
    }

    @Test
    void salesforceColumnsAreRecognized() {
        HeaderMapping m = HeaderMapping.automatic(List.of("Salutation", "First Name", "Last Name", "Title", "Account Name", "Mailing Street",
                "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code", "Mailing Country", "Phone", "Mobile", "Email"), FIELDS);
        assertThat(m.preset()).isEqualTo(HeaderMapping.Preset.SALESFORCE);
        assertThat(m.fields()).containsEntry("Account Name", "companyName").containsEntry("Mailing Zip/Postal Code", "postalCode")
                .containsEntry("Mailing State/Province", "region").containsEntry("Mobile", "additionalPhones");
    }

    @Test
    void pipedriveColumnsAreRecognizedWithTheFullNameAndFurtherEmails() {
        HeaderMapping m = HeaderMapping.automatic(List.of("Person - ID", "Person - Name", "Person - Organization", "Person - Email - Work",
                "Person - Email - Home", "Person - Phone - Work", "Person - Phone - Mobile", "Person - Labels", "Person - Owner"), FIELDS);
        assertThat(m.preset()).isEqualTo(HeaderMapping.Preset.PIPEDRIVE);
        assertThat(m.fields()).containsEntry("Person - Name", "fullName").containsEntry("Person - Email - Work", "email")
                .containsEntry("Person - Email - Home", "additionalEmails").containsEntry("Person - Phone - Mobile", "additionalPhones")
                .containsEntry("Person - Labels", "tags").containsEntry("Person - Owner", null);
    }

    @Test
    void ourExportAndCustomFieldsByLabelOrNameAreRecognizedIgnoringCaseAndPunctuation() {
        HeaderMapping m = HeaderMapping.automatic(List.of("FIRST_NAME", "e-mail", "Owner ID", "Additional Emails", "shoe size", "cf.shoeSize"), FIELDS);
        assertThat(m.preset()).isEqualTo(HeaderMapping.Preset.CRM);
        assertThat(m.fields()).containsEntry("FIRST_NAME", "firstName").containsEntry("e-mail", "email").containsEntry("Owner ID", "ownerId")
                .containsEntry("shoe size", "cf.shoeSize").containsEntry("cf.shoeSize", null);
    }

    @Test
    void aGivenMappingMustNameColumnsOfTheFileAndRealFields() {
        List<String> headers = List.of("Mail", "Size");
        assertThat(HeaderMapping.given(Map.of("Mail", "email", "Size", "cf.shoeSize"), headers, FIELDS).fields())
                .containsEntry("Mail", "email").containsEntry("Size", "cf.shoeSize");
        assertThatThrownBy(() -> HeaderMapping.given(Map.of("Nope", "email"), headers, FIELDS))
                .isInstanceOfSatisfying(CrmException.class, e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("mapping.Nope"));
        assertThatThrownBy(() -> HeaderMapping.given(Map.of("Mail", "favouriteColour"), headers, FIELDS))
                .isInstanceOfSatisfying(CrmException.class, e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("mapping.Mail"));
        Map<String, String> ignoreAll = new HashMap<>();
        ignoreAll.put("Mail", null);
        assertThatThrownBy(() -> HeaderMapping.given(ignoreAll, headers, FIELDS).requireNameOrEmail())
                .isInstanceOfSatisfying(CrmException.class, e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("mapping"));
    }
}
