package dev.crm.common.web;

import org.springframework.http.HttpStatus;

/** Errors every service can answer with. */
public enum CommonError implements ErrorCode {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "The request is not valid"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "The request body could not be read"),
    MALFORMED_ADDRESS(HttpStatus.BAD_REQUEST, "The request address is not allowed"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    URI_TOO_LONG(HttpStatus.URI_TOO_LONG, "Request address too long"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Not allowed"),
    TENANT_MISMATCH(HttpStatus.FORBIDDEN, "Wrong organization"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    VERSION_CONFLICT(HttpStatus.CONFLICT, "The record was changed by someone else"),
    CONFLICT(HttpStatus.CONFLICT, "Conflict"),
    TENANT_MIGRATING(HttpStatus.SERVICE_UNAVAILABLE, "Organization is being upgraded"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error");

    private final HttpStatus status;
    private final String title;

    CommonError(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
