package dev.crm.common.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * The one exception features throw for an expected failure. It carries an {@link ErrorCode}, a detail
 * written for a person, optional field problems and headers (e.g. Retry-After); common-lib turns it
 * into an RFC 9457 problem.
 */
public class CrmException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldProblem> fieldProblems;
    private final Map<String, String> headers;

    public CrmException(ErrorCode code, String detail) {
        this(code, detail, List.of(), Map.of());
    }

    public CrmException(ErrorCode code, String detail, List<FieldProblem> fieldProblems, Map<String, String> headers) {
        super(detail, null, false, false);
        this.code = code;
        this.fieldProblems = List.copyOf(fieldProblems);
        this.headers = Map.copyOf(headers);
    }

    public static CrmException onField(ErrorCode code, String field, String message) {
        return new CrmException(code, message, List.of(new FieldProblem(field, message)), Map.of());
    }

    public static CrmException retryLater(ErrorCode code, String detail, long retryAfterSeconds) {
        return new CrmException(code, detail, List.of(), Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
