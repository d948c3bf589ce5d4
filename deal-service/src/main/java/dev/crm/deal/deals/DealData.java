package dev.crm.deal.deals;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a client writes of a deal, in POST, PUT and (after merging) PATCH. {@link #normalized()} trims
 * text, drops blanks and upper-cases the currency (USD when none is named).
 */
public record DealData(
        @NotBlank @Size(max = 200) String name,
        @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2) BigDecimal value,
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter ISO 4217 code") String currency,
        UUID pipelineId,
        UUID stageId,
        DealStatus status,
        UUID contactId,
        UUID companyId,
        UUID ownerId,
        LocalDate expectedCloseDate,
        @Size(max = 500) String lostReason,
        Map<String, Object> customFields,
        Long version) {

    static final String DEFAULT_CURRENCY = "USD";

    /** The writable part of a deal as clients see it: what a merge patch is applied to. */
    static DealData of(DealResponse d) {
        return new DealData(d.name(), d.value(), d.currency(), d.pipelineId(), d.stageId(), d.status(), d.contactId(),
                d.companyId(), d.ownerId(), d.expectedCloseDate(), d.lostReason(), d.customFields(), d.version());
    }

    DealData normalized() {
        return new DealData(clean(name), value, currency == null ? DEFAULT_CURRENCY : currency.toUpperCase(Locale.ROOT),
                pipelineId, stageId, status, contactId, companyId, ownerId, expectedCloseDate, clean(lostReason),
                customFields == null ? Map.of() : customFields, version);
    }

    /** This deal with a lost reason, when one is given: what a bulk move applies. */
    DealData withLostReason(String reason) {
        return reason == null || reason.isBlank() ? this : new DealData(name, value, currency, pipelineId, stageId, status,
                contactId, companyId, ownerId, expectedCloseDate, reason.strip(), customFields, version);
    }

    /** This deal moved to {@code stageId}, its status left to the stage: what a bulk move applies. */
    DealData movedTo(UUID stageId) {
        return new DealData(name, value, currency, pipelineId, stageId, null, contactId, companyId, ownerId, expectedCloseDate,
                lostReason, customFields, version);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
