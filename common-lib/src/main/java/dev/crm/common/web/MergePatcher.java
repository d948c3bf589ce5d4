package dev.crm.common.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PATCH with {@code application/merge-patch+json}: applies the patch to the writable view of a record
 * and reads the result as the feature's request type, validated like a PUT body. A patch naming a
 * field that is not writable, or with a value of the wrong type, is refused as 400.
 */
public class MergePatcher {

    private final JsonMapper json;
    private final Validator validator;

    public MergePatcher(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T apply(Object writableView, JsonNode patch, Class<T> requestType) {
        if (patch == null || !patch.isObject()) {
            throw new CrmException(CommonError.VALIDATION_FAILED, "A merge patch is a JSON object of the fields to change.");
        }
        T merged;
        try {
            merged = json.treeToValue(JsonMergePatch.apply(json.valueToTree(writableView), patch), requestType);
        } catch (JacksonException e) {
            throw new CrmException(CommonError.VALIDATION_FAILED, "The patch names a field that cannot be changed or has a value of the wrong type.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) throw new ConstraintViolationException(violations);
        return merged;
    }
}
