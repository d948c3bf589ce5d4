package dev.crm.common.web;

/** One invalid field of a request, as clients see it in a problem's {@code errors}. */
public record FieldProblem(String field, String message) {}
