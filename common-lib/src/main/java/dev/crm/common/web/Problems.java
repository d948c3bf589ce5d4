package dev.crm.common.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents every service answers with, so all of them look alike. */
public final class Problems {

    private static final String TYPE_BASE = "https://crm.dev/problems/";

    private Problems() {}

    public static ProblemDetail of(ErrorCode code, String detail) {
        return of(code.status(), code.name(), code.title(), detail, List.of());
    }

    public static ProblemDetail of(ErrorCode code, String detail, List<FieldProblem> errors) {
        return of(code.status(), code.name(), code.title(), detail, errors);
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        if (!errors.isEmpty()) problem.setProperty("errors", errors);
        return problem;
    }
}
