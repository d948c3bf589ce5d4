package dev.crm.deal.pipelines;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** A deal field a stage can require before a deal enters it; clients name it as the deal's JSON property. */
public enum RequiredField {
    VALUE("value", "a value"),
    EXPECTED_CLOSE_DATE("expectedCloseDate", "an expected close date"),
    CONTACT("contactId", "a contact"),
    COMPANY("companyId", "a company"),
    LOST_REASON("lostReason", "a lost reason");

    private final String field;
    private final String description;

    RequiredField(String field, String description) {
        this.field = field;
        this.description = description;
    }

    @JsonValue
    public String field() {
        return field;
    }

    /** In words: "a value". */
    public String description() {
        return description;
    }

    @JsonCreator
    public static RequiredField of(String field) {
        return Arrays.stream(values()).filter(f -> f.field.equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown deal field: " + field));
    }
}
