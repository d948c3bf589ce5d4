package dev.crm.communication;

import dev.crm.common.web.ErrorCode;
import org.springframework.http.HttpStatus;

/** What the communication-service refuses, and why, in words for the person at the keyboard. */
public enum CommunicationError implements ErrorCode {
    ACTIVITY_NOT_FOUND(HttpStatus.NOT_FOUND, "Activity not found"),
    NOT_DELETED(HttpStatus.CONFLICT, "Not in the trash"),
    RECORDED_BY_PLATFORM(HttpStatus.CONFLICT, "Recorded by the platform"),
    TEMPLATE_NOT_FOUND(HttpStatus.NOT_FOUND, "Template not found"),
    EMAIL_NOT_FOUND(HttpStatus.NOT_FOUND, "Email not found"),
    TEMPLATE_IN_USE(HttpStatus.CONFLICT, "Template in use"),
    NOT_SUPPRESSED(HttpStatus.NOT_FOUND, "Address not on the suppression list"),
    RECIPIENT_SUPPRESSED(HttpStatus.UNPROCESSABLE_CONTENT, "Recipient does not receive emails"),
    TRACKING_LINK_NOT_FOUND(HttpStatus.NOT_FOUND, "Link not found"),
    ATTACHMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "File not found"),
    ATTACHMENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "File too large"),
    ATTACHMENT_TYPE_REFUSED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File type not allowed"),
    SENDING_QUOTA_REACHED(HttpStatus.TOO_MANY_REQUESTS, "Sending limit reached");

    private final HttpStatus status;
    private final String title;

    CommunicationError(HttpStatus status, String title) {
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
