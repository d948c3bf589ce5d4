package dev.crm.contact.importing;

import dev.crm.common.customfields.FieldKind;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.contact.companies.CompanyImports;
import dev.crm.contact.contacts.ContactData;
import dev.crm.contact.customfields.CustomFieldResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a CSV row into the contact it describes, under a mapping: blank cells say nothing (an update
 * keeps the value), the leading {@code '} of a protected formula cell is dropped, lists are split on
 * {@code ;} (and emails and phones on {@code ,} too), custom field values are read by their kind,
 * an owner column counts only when it holds a member id.
 */
final class ContactRows {

    /** What a row says: the contact's values and the company it names (or null). */
    record Converted(ContactData contact, CompanyImports.Named company) {}

    private static final Pattern LIST = Pattern.compile(";");
    private static final Pattern EMAILS_OR_PHONES = Pattern.compile("[;,]");
    /** Rows of a file name few companies many times: their canonical form is worked out once. */
    private static final int COMPANIES_REMEMBERED = 10_000;

    private final Map<String, CompanyImports.Named> companies = new HashMap<>();
    private final String[] keys;
    private final int columns;
    private final Map<String, FieldKind> kinds = new HashMap<>();

    ContactRows(HeaderMapping mapping, List<CustomFieldResponse> customFields) {
        this.keys = mapping.fields().values().toArray(String[]::new);
        this.columns = keys.length;
        customFields.forEach(f -> kinds.put(ContactColumn.CUSTOM + f.name(), f.kind()));
    }

    Converted convert(List<String> cells) {
        if (cells.size() != columns && !(cells.size() > columns && cells.subList(columns, cells.size()).stream().allMatch(String::isBlank))) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "row",
                    "The row has " + cells.size() + " values but the header has " + columns + " columns.");
        }
        Map<String, String> one = new HashMap<>();
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, Object> custom = new LinkedHashMap<>();
        for (int i = 0; i < columns && i < cells.size(); i++) {
            String key = keys[i];
            String value = CsvCells.unprotect(cells.get(i)).strip();
            if (key == null || value.isEmpty()) continue;
            if (key.startsWith(ContactColumn.CUSTOM)) {
                custom.put(key.substring(ContactColumn.CUSTOM.length()), customValue(kinds.get(key), value));
            } else if (key.equals("additionalEmails") || key.equals("additionalPhones")) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).addAll(split(value, EMAILS_OR_PHONES));
            } else if (key.equals("tags")) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).addAll(split(value, LIST));
            } else {
                one.put(key, value);
            }
        }
        String first = one.get("firstName");
        String last = one.get("lastName");
        String full = one.get("fullName");
        if (first == null && last == null && full != null) {
            String[] parts = full.split("\\s+", 2);
            first = parts[0];
            last = parts.length > 1 ? parts[1] : null;
        }
        ContactData.Address address = new ContactData.Address(one.get("street"), one.get("city"), one.get("region"),
                one.get("postalCode"), one.get("country"));
        ContactData contact = new ContactData(first, last, one.get("email"), lists.get("additionalEmails"), one.get("phone"),
                lists.get("additionalPhones"), one.get("title"), null, memberId(one.get("ownerId")), lists.get("tags"),
                address, one.get("notes"), custom, null);
        return new Converted(contact, company(one.get("companyName"), one.get("companyDomain")));
    }

    private CompanyImports.Named company(String name, String domain) {
        if (name == null) return null;
        if (name.length() > 200) throw CrmException.onField(CommonError.VALIDATION_FAILED, "companyName", "size must be between 0 and 200");
        String key = name + '\u0000' + domain;
        CompanyImports.Named known = companies.get(key);
        if (known != null) return known;
        if (companies.size() == COMPANIES_REMEMBERED) companies.clear();
        CompanyImports.Named named = CompanyImports.named(name, domain);
        companies.put(key, named);
        return named;
    }

    private static List<String> split(String value, Pattern separators) {
        return Arrays.stream(separators.split(value)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static UUID memberId(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The cell as the JSON value its field kind stores; a cell that is not one is kept as text, for validation to name. */
    static Object customValue(FieldKind kind, String value) {
        if (kind == null) return value;
        switch (kind) {
            case NUMBER, CURRENCY -> {
                try {
                    return new BigDecimal(value);
                } catch (NumberFormatException e) {
                    return value;
                }
            }
            case BOOLEAN -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (v.equals("true") || v.equals("yes") || v.equals("1")) return Boolean.TRUE;
                if (v.equals("false") || v.equals("no") || v.equals("0")) return Boolean.FALSE;
                return value;
            }
            case MULTI_SELECT -> {
                return split(value, LIST);
            }
            default -> {
                return value;
            }
        }
    }
}
