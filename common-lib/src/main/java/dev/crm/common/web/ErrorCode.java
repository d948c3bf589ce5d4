package dev.crm.common.web;

import org.springframework.http.HttpStatus;

/** A machine-readable error a feature can raise: its HTTP status, a stable code and a title for people. */
public interface ErrorCode {

    HttpStatus status();

    String title();

    /** Stable identifier clients can switch on, e.g. {@code SUBDOMAIN_TAKEN}. */
    String name();
}
