package dev.crm.contact.importing;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.FieldProblem;
import dev.crm.contact.customfields.CustomFieldResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which contact field each column fills: guessed from the headers (case, spaces, accents and
 * punctuation ignored) with the column names of HubSpot, Salesforce and Pipedrive contact exports and
 * of our own export, plus custom fields by name or label; or as the client says, checked.
 */
final class HeaderMapping {

    enum Preset { HUBSPOT, SALESFORCE, PIPEDRIVE, CRM }

    /** Headers (normalized) only one source's export writes: they tell which preset a file follows. */
    private static final Map<Preset, Set<String>> SIGNATURES = Map.of(
            Preset.HUBSPOT, Set.of("recordid", "phonenumber", "mobilephonenumber", "stateregion", "countryregion", "lifecyclestage",
                    "leadstatus", "contactowner", "associatedcompany", "websiteurl"),
            Preset.SALESFORCE, Set.of("accountname", "mailingstreet", "mailingcity", "mailingstateprovince", "mailingzippostalcode",
                    "mailingcountry", "salutation", "contactid", "accountid", "leadsource"),
            Preset.PIPEDRIVE, Set.of("personname", "personorganization", "personemailwork", "personphonework", "personlabels",
                    "personowner", "personemailhome", "personphonemobile", "personid", "personlabel"),
            Preset.CRM, Set.of("ownerid", "additionalemails", "additionalphones", "companydomain"));

    /** Normalized header -> field key, for every source. */
    private static final Map<String, String> SYNONYMS = new HashMap<>();

    static {
        synonyms("firstName", "firstname", "givenname", "forename", "first");
        synonyms("lastName", "lastname", "surname", "familyname", "last");
        synonyms("fullName", "name", "fullname", "contactname", "contact");
        synonyms("email", "email", "emailaddress", "mail", "emailwork", "workemail", "primaryemail");
        synonyms("additionalEmails", "additionalemails", "otheremails", "otheremail", "secondaryemail", "emailhome", "emailother",
                "homeemail", "additionalemailaddresses");
        synonyms("phone", "phone", "phonenumber", "telephone", "tel", "phonework", "workphone", "businessphone");
        synonyms("additionalPhones", "additionalphones", "mobile", "mobilephone", "mobilephonenumber", "phonemobile", "phonehome",
                "phoneother", "homephone", "otherphone", "cellphone");
        synonyms("title", "title", "jobtitle", "position");
        synonyms("companyName", "company", "companyname", "organization", "organisation", "organizationname", "accountname",
                "account", "associatedcompany");
        synonyms("companyDomain", "companydomain", "companydomainname", "website", "websiteurl", "companywebsite", "domain");
        synonyms("ownerId", "ownerid");
        synonyms("tags", "tags", "tag", "labels", "label");
        synonyms("street", "street", "streetaddress", "address", "mailingstreet", "addressline1", "address1");
        synonyms("city", "city", "town", "mailingcity");
        synonyms("region", "region", "state", "stateregion", "province", "stateprovince", "mailingstateprovince", "mailingstate");
        synonyms("postalCode", "postalcode", "zip", "zipcode", "postcode", "mailingzippostalcode", "mailingpostalcode", "zippostalcode");
        synonyms("country", "country", "countryregion", "mailingcountry");
        synonyms("notes", "notes", "note", "description", "comments");
    }

    private static void synonyms(String key, String... headers) {
        for (String h : headers) SYNONYMS.put(h, key);
    }

    private final Map<String, String> fieldByHeader;
    private final Preset preset;

    private HeaderMapping(Map<String, String> fieldByHeader, Preset preset) {
        this.fieldByHeader = fieldByHeader;
        this.preset = preset;
    }

    /** Header -> field key or null (ignored), in the file's column order. */
    Map<String, String> fields() {
        return fieldByHeader;
    }

    Preset preset() {
        return preset;
    }

    /** The mapping guessed from the headers. */
    static HeaderMapping automatic(List<String> headers, List<CustomFieldResponse> customFields) {
        Map<String, String> customByName = new HashMap<>();
        for (CustomFieldResponse f : customFields) {
            customByName.putIfAbsent(normalize(f.label()), ContactColumn.CUSTOM + f.name());
            customByName.put(normalize(f.name()), ContactColumn.CUSTOM + f.name());
            customByName.put(normalize(ContactColumn.CUSTOM + f.name()), ContactColumn.CUSTOM + f.name());
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String header : headers) {
            String key = guess(normalize(header), customByName);
            if (key != null && taken.contains(key)) key = secondOf(key);
            if (key != null && !repeatable(key) && !taken.add(key)) key = null;
            mapping.put(header, key);
        }
        return new HeaderMapping(mapping, presetOf(headers));
    }

    /** The client's mapping (header -> field key or null); headers it leaves out are ignored. */
    static HeaderMapping given(Map<String, String> requested, List<String> headers, List<CustomFieldResponse> customFields) {
        Set<String> known = new HashSet<>();
        for (ContactColumn c : ContactColumn.values()) known.add(c.key());
        customFields.forEach(f -> known.add(ContactColumn.CUSTOM + f.name()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, String> e : requested.entrySet()) {
            String key = e.getValue();
            if (!headers.contains(e.getKey())) {
                problems.add(new FieldProblem("mapping." + e.getKey(), "is not a column of the file (its columns are " + headers + ")"));
            } else if (key != null && !known.contains(key)) {
                problems.add(new FieldProblem("mapping." + e.getKey(), "names no contact field: " + key));
            } else if (key != null && !repeatable(key) && !taken.add(key)) {
                problems.add(new FieldProblem("mapping." + e.getKey(), "maps a second column to " + key + ", which takes one"));
            }
        }
        if (!problems.isEmpty()) throw new CrmException(CommonError.VALIDATION_FAILED, "The column mapping is not valid.", problems, Map.of());
        Map<String, String> mapping = new LinkedHashMap<>();
        headers.forEach(h -> mapping.put(h, requested.get(h)));
        return new HeaderMapping(mapping, presetOf(headers));
    }

    /** Refuses a mapping that fills neither a name nor an email: such rows could never become contacts. */
    HeaderMapping requireNameOrEmail() {
        boolean names = fieldByHeader.values().stream().anyMatch(k -> k != null && ContactColumn.byKey(k).map(ContactColumn::names).orElse(false));
        if (!names) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "mapping",
                    "Map at least one column to the first name, last name, full name or email.");
        }
        return this;
    }

    private static String guess(String header, Map<String, String> customByName) {
        String key = SYNONYMS.get(header);
        if (key == null && header.startsWith("person")) key = SYNONYMS.get(header.substring("person".length()));
        if (key == null) key = customByName.get(header);
        return key;
    }

    /** A second email or phone column of an export (work and home) adds to the further ones. */
    private static String secondOf(String key) {
        return switch (key) {
            case "email" -> "additionalEmails";
            case "phone" -> "additionalPhones";
            default -> key;
        };
    }

    private static boolean repeatable(String key) {
        return ContactColumn.byKey(key).map(ContactColumn::repeatable).orElse(false);
    }

    private static Preset presetOf(List<String> headers) {
        Preset best = null;
        int bestScore = 0;
        for (Preset p : Preset.values()) {
            int score = (int) headers.stream().map(HeaderMapping::normalize).filter(SIGNATURES.get(p)::contains).count();
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** "Person - E-mail (Work)" -> "personemailwork": lowercase letters and digits only, accents dropped. */
    static String normalize(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
