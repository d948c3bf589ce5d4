package dev.crm.gateway.routing;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A body that passed its limit while it arrived; a 413 wherever it surfaces. */
final class BodyTooLargeException extends ResponseStatusException {

    BodyTooLargeException(long max) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The request body passed " + max + " bytes");
    }

    /** Raised for every oversized upload, and logged by the proxying client: the line is enough, a stack trace is noise. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The proxying client may wrap the body's error in its own. */
    static boolean isCause(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof BodyTooLargeException) return true;
        }
        return false;
    }
}
