package dev.crm.common.customfields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CustomFieldCheckTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static CustomFieldCheck check(FieldDefinition... fields) {
        Map<String, FieldDefinition> byName = new LinkedHashMap<>();
        for (FieldDefinition field : fields) byName.put(field.name(), field);
        return new CustomFieldCheck("deal", byName, JSON);
    }

    private static List<FieldProblem> refusals(CustomFieldCheck check, Map<String, Object> values, boolean creating) {
        CrmException refused = catchThrowableOfType(CrmException.class, () -> check.checkedJson(values, creating));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage()).isEqualTo("Some custom fields are not valid.");
        return refused.fieldProblems();
    }

    @Test
    void storesValuesThatFitTheirKindAndDropsNulls() {
        CustomFieldCheck check = check(new FieldDefinition("region", FieldKind.SINGLE_SELECT, false, null, List.of("EMEA", "APAC")),
                new FieldDefinition("seats", FieldKind.NUMBER, false, null, List.of()));
        Map<String, Object> values = new HashMap<>();
        values.put("region", "EMEA");
        values.put("seats", null);

        assertThat(check.checkedJson(values, false)).isEqualTo("{\"region\":\"EMEA\"}");
        assertThat(check.checkedJson(null, false)).isEqualTo("{}");
    }

    @Test
    void refusesUnknownNamesAndWrongKindsNamingEachField() {
        CustomFieldCheck check = check(new FieldDefinition("region", FieldKind.SINGLE_SELECT, false, null, List.of("EMEA")),
                new FieldDefinition("site", FieldKind.URL, false, null, null));

        assertThat(refusals(check, Map.of("region", "Mars", "site", "javascript:alert(1)", "colour", "red"), false)).containsExactlyInAnyOrder(
                new FieldProblem("customFields.region", "must be one of [EMEA]"),
                new FieldProblem("customFields.site", "must be a web address (https://...)"),
                new FieldProblem("customFields.colour", "is not a custom field of deal records"));
    }

    @Test
    void aNewRecordGetsTheDefaultsAndRequiredFieldsNeedAValue() {
        CustomFieldCheck check = check(new FieldDefinition("source", FieldKind.TEXT, false, "\"web\"", List.of()),
                new FieldDefinition("region", FieldKind.TEXT, true, null, List.of()),
                new FieldDefinition("tier", FieldKind.TEXT, true, "\"gold\"", List.of()));

        assertThat(JSON.readTree(check.checkedJson(Map.of("region", "EMEA"), true)))
                .isEqualTo(JSON.readTree("{\"region\":\"EMEA\",\"source\":\"web\",\"tier\":\"gold\"}"));
        assertThat(JSON.readTree(check.checkedJson(Map.of("region", "EMEA", "tier", "silver"), false))).as("no defaults on a change")
                .isEqualTo(JSON.readTree("{\"region\":\"EMEA\",\"tier\":\"silver\"}"));
        assertThat(refusals(check, Map.of(), true)).containsExactly(new FieldProblem("customFields.region", "is required"));
        assertThat(refusals(check, Map.of("region", 7), false)).as("one problem per field").containsExactly(
                new FieldProblem("customFields.region", "must be text of at most 255 characters"),
                new FieldProblem("customFields.tier", "is required"));
    }
}
