package dev.crm.auth;

import dev.crm.common.web.ErrorCode;
import org.springframework.http.HttpStatus;

/** What the auth-service refuses, and why, in words for the person at the keyboard. */
public enum AuthError implements ErrorCode {
    INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED, "Sign-in failed"),
    INVALID_REFRESH_TOKEN(HttpStatus.UNAUTHORIZED, "Session expired"),
    TOO_MANY_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts"),
    BUSY(HttpStatus.SERVICE_UNAVAILABLE, "Busy"),
    INVITATION_NOT_FOUND(HttpStatus.NOT_FOUND, "Invitation not found"),
    ALREADY_MEMBER(HttpStatus.CONFLICT, "Already a member"),
    INVITATION_PENDING(HttpStatus.CONFLICT, "Already invited"),
    MEMBER_NOT_FOUND(HttpStatus.NOT_FOUND, "Member not found"),
    LAST_ADMIN(HttpStatus.CONFLICT, "Last administrator"),
    OWN_ACCOUNT(HttpStatus.CONFLICT, "Own account"),
    RESET_LINK_INVALID(HttpStatus.BAD_REQUEST, "Reset link not valid"),
    CONFIRMATION_LINK_INVALID(HttpStatus.BAD_REQUEST, "Confirmation link not valid"),
    EMAIL_ALREADY_CONFIRMED(HttpStatus.CONFLICT, "Address already confirmed");

    private final HttpStatus status;
    private final String title;

    AuthError(HttpStatus status, String title) {
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
