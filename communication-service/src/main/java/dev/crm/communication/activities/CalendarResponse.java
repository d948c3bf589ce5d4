package dev.crm.communication.activities;

import java.util.List;

/**
 * A member's calendar over the days [from, to) in {@code zone}: their tasks by due time, their meetings by start and
 * their calls by time, in that order; {@code truncated} when more than {@code limit} entries fell in the range.
 */
public record CalendarResponse(String from, String to, String zone, List<ActivityResponse> items, boolean truncated) {}
