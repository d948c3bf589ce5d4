package dev.crm.common.customfields;

import dev.crm.common.web.TextFormats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The kinds of custom field, and what a value of each must look like (as JSON). */
public enum FieldKind {
    TEXT, LONG_TEXT, NUMBER, CURRENCY, DATE, BOOLEAN, SINGLE_SELECT, MULTI_SELECT, URL, EMAIL, PHONE;

    public boolean hasOptions() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }

    /** Why the value does not fit this kind, or null when it does. */
    public String problemWith(JsonNode value, List<String> options) {
        return switch (this) {
            case TEXT -> value.isString() && value.asString().length() <= 255 ? null : "must be text of at most 255 characters";
            case LONG_TEXT -> value.isString() && value.asString().length() <= 10_000 ? null : "must be text of at most 10,000 characters";
            case NUMBER, CURRENCY -> value.isNumber() ? null : "must be a number";
            case BOOLEAN -> value.isBoolean() ? null : "must be true or false";
            case DATE -> value.isString() && isDate(value.asString()) ? null : "must be a date like 2026-11-26";
            case SINGLE_SELECT -> value.isString() && options.contains(value.asString()) ? null : "must be one of " + options;
            case MULTI_SELECT -> allOptions(value, options) ? null : "must be a list of distinct values from " + options;
            case URL -> value.isString() && TextFormats.isWebAddress(value.asString()) ? null : "must be a web address (https://...)";
            case EMAIL -> value.isString() && TextFormats.isEmailAddress(value.asString()) ? null : "must be an email address";
            case PHONE -> value.isString() && TextFormats.isPhoneNumber(value.asString()) ? null : "must be a phone number";
        };
    }

    private static boolean allOptions(JsonNode value, List<String> options) {
        if (!value.isArray()) return false;
        Set<String> seen = new HashSet<>();
        for (JsonNode item : value) {
            if (!item.isString() || !options.contains(item.asString()) || !seen.add(item.asString())) return false;
        }
        return true;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
