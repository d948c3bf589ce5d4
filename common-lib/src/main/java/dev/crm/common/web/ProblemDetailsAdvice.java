package dev.crm.common.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into an RFC 9457 problem. Details are written here for people; nothing internal
 * (class names, SQL, stack traces, parser messages) reaches a client.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(CrmException.class)
    ResponseEntity<ProblemDetail> crm(CrmException e) {
        HttpHeaders headers = new HttpHeaders();
        e.headers().forEach(headers::add);
        return respond(Problems.of(e.code(), e.getMessage(), e.fieldProblems()), headers);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(Problems.of(CommonError.VALIDATION_FAILED, "Some fields are not valid.", errors), null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException e) {
        return respond(Problems.of(CommonError.VERSION_CONFLICT, "Someone else changed this record. Reload it and try again."), null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        if (UnstorableText.isCauseOf(e)) return unstorableText();
        log.info("Request refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(Problems.of(CommonError.CONFLICT, "The change conflicts with existing data."), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return respond(Problems.of(CommonError.FORBIDDEN, "Your role does not allow this action."), null);
    }

    /** A body sent as multipart/form-data that is not (no closing boundary, a broken part header). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenMultipart(MultipartException e) {
        return respond(Problems.of(CommonError.MALFORMED_REQUEST, "The upload could not be read as multipart/form-data."), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (UnstorableText.isCauseOf(e)) return unstorableText();
        log.error("Unexpected error", e);
        return respond(Problems.of(CommonError.INTERNAL, "Something went wrong on our side. Please try again."), null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(CommonError.VALIDATION_FAILED, "Some fields are not valid.", fieldProblems(e.getBindingResult())), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problem(Problems.of(CommonError.VALIDATION_FAILED, "Some parameters are not valid.", errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(CommonError.MALFORMED_REQUEST, MalformedBody.describe(e)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(CommonError.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as " + MediaType.toString(e.getSupportedMediaTypes()) + "."), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(CommonError.NOT_ACCEPTABLE, "This resource is available as application/json."), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(CommonError.METHOD_NOT_ALLOWED, "This resource does not support " + e.getMethod() + "."), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(CommonError.VALIDATION_FAILED, "A parameter is missing.",
                List.of(new FieldProblem(e.getParameterName(), "is required"))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(CommonError.NOT_FOUND, "There is nothing at this address."), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(CommonError.PAYLOAD_TOO_LARGE, "The upload is too large."), headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return problem(Problems.of(CommonError.VALIDATION_FAILED, "A parameter has the wrong format.",
                List.of(new FieldProblem(name, "has the wrong format"))), headers);
    }

    /** Any other framework exception: keep its status, replace its text with a safe one. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail p && p.getProperties() != null && p.getProperties().containsKey("code")) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "Error";
        String code = known != null ? known.name() : "ERROR";
        return problem(Problems.of(status, code, title, title + ".", List.of()), headers);
    }

    /** Text PostgreSQL cannot store (U+0000), in a parameter, path or body: the client's, not a conflict or our failure. */
    private static ResponseEntity<ProblemDetail> unstorableText() {
        return respond(Problems.of(CommonError.VALIDATION_FAILED, "Text may not contain the NUL character (U+0000)."), null);
    }

    /** The framework's handler methods are typed to Object; the body is the same problem. */
    private ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(respond(problem, headers).getHeaders()).body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static List<FieldProblem> fieldProblems(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
