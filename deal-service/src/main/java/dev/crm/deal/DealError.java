package dev.crm.deal;

import dev.crm.common.web.ErrorCode;
import org.springframework.http.HttpStatus;

/** What the deal-service refuses, and why, in words for the person at the keyboard. */
public enum DealError implements ErrorCode {
    DEAL_NOT_FOUND(HttpStatus.NOT_FOUND, "Deal not found"),
    PIPELINE_NOT_FOUND(HttpStatus.NOT_FOUND, "Pipeline not found"),
    STAGE_NOT_FOUND(HttpStatus.NOT_FOUND, "Stage not found"),
    PIPELINE_EXISTS(HttpStatus.CONFLICT, "Pipeline name already used"),
    STAGE_EXISTS(HttpStatus.CONFLICT, "Stage name already used"),
    PIPELINE_HAS_DEALS(HttpStatus.CONFLICT, "Pipeline has deals"),
    LAST_PIPELINE(HttpStatus.CONFLICT, "Last pipeline"),
    STAGE_HAS_DEALS(HttpStatus.CONFLICT, "Stage has deals"),
    LAST_STAGE(HttpStatus.CONFLICT, "Last stage"),
    STAGE_NOT_IN_PIPELINE(HttpStatus.BAD_REQUEST, "Stage not in the deal's pipeline"),
    TRANSITION_NOT_ALLOWED(HttpStatus.UNPROCESSABLE_CONTENT, "Stage change not allowed"),
    STAGE_REQUIREMENTS_MISSING(HttpStatus.UNPROCESSABLE_CONTENT, "Stage needs more details"),
    NOT_DELETED(HttpStatus.CONFLICT, "Not in the trash");

    private final HttpStatus status;
    private final String title;

    DealError(HttpStatus status, String title) {
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
