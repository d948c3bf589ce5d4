package dev.crm.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem from code that runs before Spring MVC (filters, security entry points). */
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
        write(response, code, detail, Map.of());
    }

    public void write(HttpServletResponse response, ErrorCode code, String detail, Map<String, String> headers) throws IOException {
        if (response.isCommitted()) return;
        ProblemDetail problem = Problems.of(code, detail);
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        headers.forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
