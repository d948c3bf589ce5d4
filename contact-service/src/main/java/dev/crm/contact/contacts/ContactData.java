package dev.crm.contact.contacts;

import dev.crm.common.web.PhoneNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a client writes of a contact, in POST, PUT and (after merging) PATCH. {@link #normalized()}
 * trims text, drops blanks, lowercases emails and de-duplicates tags, so the stored form is canonical.
 */
public record ContactData(
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Email @Size(max = 254) String email,
        @Size(max = 10) List<@Email @Size(max = 254) String> additionalEmails,
        @PhoneNumber String phone,
        @Size(max = 10) List<@PhoneNumber String> additionalPhones,
        @Size(max = 150) String title,
        UUID companyId,
        UUID ownerId,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> tags,
        @Valid Address address,
        @Size(max = 10_000) String notes,
        Map<String, Object> customFields,
        Long version) {

    public record Address(@Size(max = 200) String street, @Size(max = 100) String city, @Size(max = 100) String region,
                   @Size(max = 20) String postalCode, @Size(max = 100) String country) {

        Address normalized() {
            Address a = new Address(clean(street), clean(city), clean(region), clean(postalCode), clean(country));
            return a.street == null && a.city == null && a.region == null && a.postalCode == null && a.country == null ? null : a;
        }
    }

    /** The writable part of a contact as clients see it: what a merge patch is applied to. */
    static ContactData of(ContactResponse c) {
        return new ContactData(c.firstName(), c.lastName(), c.email(), c.additionalEmails(), c.phone(), c.additionalPhones(),
                c.title(), c.companyId(), c.ownerId(), c.tags(), c.address(), c.notes(), c.customFields(), c.version());
    }

    /** This contact with every value {@code changes} has (non-null, non-empty) put over it: what an import row changes. */
    ContactData overlaidWith(ContactData changes) {
        Map<String, Object> fields = new LinkedHashMap<>(customFields == null ? Map.of() : customFields);
        if (changes.customFields != null) fields.putAll(changes.customFields);
        Address place = address == null ? changes.address : changes.address == null ? address : new Address(
                or(changes.address.street, address.street), or(changes.address.city, address.city),
                or(changes.address.region, address.region), or(changes.address.postalCode, address.postalCode),
                or(changes.address.country, address.country));
        return new ContactData(or(changes.firstName, firstName), or(changes.lastName, lastName), or(changes.email, email),
                orList(changes.additionalEmails, additionalEmails), or(changes.phone, phone), orList(changes.additionalPhones, additionalPhones),
                or(changes.title, title), or(changes.companyId, companyId), or(changes.ownerId, ownerId), orList(changes.tags, tags),
                place, or(changes.notes, notes), fields, version);
    }

    private static <T> T or(T change, T current) {
        return change == null || "".equals(change) ? current : change;
    }

    private static List<String> orList(List<String> change, List<String> current) {
        return change == null || change.isEmpty() ? current : change;
    }

    ContactData normalized() {
        return new ContactData(clean(firstName), clean(lastName), lowerCase(clean(email)),
                distinct(additionalEmails, true), clean(phone), distinct(additionalPhones, false), clean(title),
                companyId, ownerId, distinct(tags, false), address == null ? null : address.normalized(), clean(notes),
                customFields == null ? Map.of() : new LinkedHashMap<>(customFields), version);
    }

    boolean hasNameOrEmail() {
        return firstName != null || lastName != null || email != null;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String lowerCase(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Trimmed, blanks dropped, first spelling kept of values equal ignoring case. */
    private static List<String> distinct(List<String> values, boolean lowerCase) {
        if (values == null) return List.of();
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            String c = clean(v);
            if (c == null) continue;
            if (lowerCase) c = lowerCase(c);
            if (seen.add(c.toLowerCase(Locale.ROOT))) kept.add(c);
        }
        return List.copyOf(kept);
    }
}
