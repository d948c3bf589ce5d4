package dev.crm.contact.search;

/**
 * When records were created and last changed: {@code createdAfter}/{@code updatedAfter} inclusive,
 * {@code createdBefore}/{@code updatedBefore} exclusive; each an ISO instant or a date (midnight UTC).
 */
public record TimeRanges(String createdAfter, String createdBefore, String updatedAfter, String updatedBefore) {

    public Criteria addTo(Criteria criteria) {
        return criteria.timeRange("t.created_at", "createdAfter", createdAfter, "createdBefore", createdBefore)
                .timeRange("t.updated_at", "updatedAfter", updatedAfter, "updatedBefore", updatedBefore);
    }
}
