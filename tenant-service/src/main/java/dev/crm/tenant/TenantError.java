package dev.crm.tenant;

import dev.crm.common.web.ErrorCode;
import org.springframework.http.HttpStatus;

public enum TenantError implements ErrorCode {
    SUBDOMAIN_TAKEN(HttpStatus.CONFLICT, "Subdomain taken"),
    SUBDOMAIN_RESERVED(HttpStatus.BAD_REQUEST, "Subdomain reserved"),
    PROVISIONING_FAILED(HttpStatus.SERVICE_UNAVAILABLE, "Registration failed");

    private final HttpStatus status;
    private final String title;

    TenantError(HttpStatus status, String title) {
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
