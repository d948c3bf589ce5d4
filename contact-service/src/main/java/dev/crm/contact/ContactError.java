package dev.crm.contact;

import dev.crm.common.web.ErrorCode;
import org.springframework.http.HttpStatus;

/** What the contact-service refuses, and why, in words for the person at the keyboard. */
public enum ContactError implements ErrorCode {
    CONTACT_NOT_FOUND(HttpStatus.NOT_FOUND, "Contact not found"),
    COMPANY_NOT_FOUND(HttpStatus.NOT_FOUND, "Company not found"),
    EMAIL_TAKEN(HttpStatus.CONFLICT, "Email already used"),
    DOMAIN_TAKEN(HttpStatus.CONFLICT, "Domain already used"),
    HAS_SUB_COMPANIES(HttpStatus.CONFLICT, "Company has sub-companies"),
    PARENT_IN_TRASH(HttpStatus.CONFLICT, "Parent company is in the trash"),
    FIELD_EXISTS(HttpStatus.CONFLICT, "Custom field exists"),
    FIELD_NOT_FOUND(HttpStatus.NOT_FOUND, "Custom field not found"),
    SEARCH_TOO_BROAD(HttpStatus.UNPROCESSABLE_CONTENT, "Search too broad"),
    NOT_DELETED(HttpStatus.CONFLICT, "Not in the trash"),
    IMPORT_NOT_FOUND(HttpStatus.NOT_FOUND, "Import not found");

    private final HttpStatus status;
    private final String title;

    ContactError(HttpStatus status, String title) {
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
