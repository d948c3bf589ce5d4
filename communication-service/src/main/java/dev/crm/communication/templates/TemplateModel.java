package dev.crm.communication.templates;

import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.communication.templates.KnownRecords.Kind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The values of a template's variables for one email: the contact, company and deal it is about (as this
 * service last heard of them; the company and contact also through the deal), the sender and the organization.
 */
@Component
public class TemplateModel {

    private final KnownRecords known;
    private final TenantDirectory tenants;

    TemplateModel(KnownRecords known, TenantDirectory tenants) {
        this.known = known;
        this.tenants = tenants;
    }

    public Map<String, Object> of(UUID contactId, UUID companyId, UUID dealId, UUID senderId, String senderEmail) {
        Map<String, Object> model = new HashMap<>();
        Optional<JsonNode> deal = known.find(Kind.DEAL, dealId);
        Optional<JsonNode> contact = known.find(Kind.CONTACT, contactId != null ? contactId : deal.map(d -> id(d, "contactId")).orElse(null));
        UUID company = companyId != null ? companyId
                : contact.map(c -> id(c, "companyId")).or(() -> deal.map(d -> id(d, "companyId"))).orElse(null);
        contact.ifPresent(c -> model.put("contact", values(
                "firstName", text(c, "firstName"), "lastName", text(c, "lastName"), "email", text(c, "email"),
                "fullName", fullName(text(c, "firstName"), text(c, "lastName")))));
        known.find(Kind.COMPANY, company).ifPresent(c -> model.put("company", values("name", text(c, "name"), "domain", text(c, "domain"))));
        deal.ifPresent(d -> model.put("deal", values("name", text(d, "name"), "currency", text(d, "currency"),
                "value", d.hasNonNull("value") ? String.format(Locale.ROOT, "%,.2f", d.get("value").decimalValue()) : null,
                "expectedCloseDate", text(d, "expectedCloseDate"))));
        Optional<JsonNode> member = known.find(Kind.MEMBER, senderId);
        model.put("sender", values("email", senderEmail, "fullName", member.map(m -> text(m, "fullName")).orElse(null)));
        tenants.findById(TenantContext.require().id()).ifPresent(t -> model.put("organization", values("name", t.name())));
        return model;
    }

    private static Map<String, Object> values(String... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static UUID id(JsonNode node, String field) {
        return node.hasNonNull(field) ? UUID.fromString(node.get(field).asString()) : null;
    }

    private static String fullName(String first, String last) {
        String name = Stream.of(first, last).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }
}
