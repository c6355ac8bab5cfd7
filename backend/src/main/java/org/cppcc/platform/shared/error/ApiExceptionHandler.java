package org.cppcc.platform.shared.error;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jakarta.validation.ConstraintViolationException;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of the API into one problem-details shape with a stable code and a Chinese message.
 * Ordered first: Spring Boot's own problem-details handler (order 0) would otherwise answer Spring MVC's
 * exceptions (invalid body, unreadable JSON, type mismatch …) with neither code nor Chinese text.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final String RETRY_AFTER_SECONDS = "1";

    /** The column in H2's "Value too long for column "TITLE …"" and MySQL's "Data too long for column 'title'". */
    private static final Pattern TOO_LONG_COLUMN = Pattern.compile("too long for column ['\"`]?([A-Za-z_]+)");

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> onApiException(ApiException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.code().status());
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(Problems.of(e.code(), e.getMessage(), e.fieldProblems()));
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail onInvalidBody(BindException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::toFieldProblem)
                .toList();
        return validationProblem(problems);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail onInvalidParameter(ConstraintViolationException e) {
        List<FieldProblem> problems = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return validationProblem(problems);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onUnreadableBody(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = "字段 " + field + " 的值格式不正确或不在允许的取值范围内";
            return Problems.of(ErrorCode.VALIDATION_FAILED, message, List.of(new FieldProblem(field, message)));
        }
        return Problems.of(ErrorCode.MALFORMED_REQUEST, "请求内容不是有效的 JSON", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail onBadParameter(MethodArgumentTypeMismatchException e) {
        String message = "参数 " + e.getName() + " 的值格式不正确";
        return Problems.of(ErrorCode.VALIDATION_FAILED, message, List.of(new FieldProblem(e.getName(), message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail onMissingParameter(MissingServletRequestParameterException e) {
        String message = "缺少参数 " + e.getParameterName();
        return Problems.of(
                ErrorCode.VALIDATION_FAILED, message, List.of(new FieldProblem(e.getParameterName(), message)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail onWrongMethod(HttpRequestMethodNotSupportedException e) {
        ProblemDetail problem = Problems.of(ErrorCode.MALFORMED_REQUEST, "不支持的请求方法 " + e.getMethod(), List.of());
        problem.setStatus(405);
        return problem;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail onWrongMediaType(HttpMediaTypeNotSupportedException e) {
        ProblemDetail problem = Problems.of(ErrorCode.MALFORMED_REQUEST, "请求内容类型不受支持", List.of());
        problem.setStatus(415);
        return problem;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail onNoResource(NoResourceFoundException e) {
        return Problems.of(ErrorCode.NOT_FOUND, "请求的地址不存在", List.of());
    }

    /** A unique key raced past the service's own check: still a clear 409, never a 500. */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail onDuplicateKey(DuplicateKeyException e) {
        return Problems.of(ErrorCode.DUPLICATE, "记录已存在，请检查编码或名称是否重复", List.of());
    }

    /**
     * A text longer than its column (SQL state 22001): the request records' limits count characters as a
     * person does, and MySQL's columns do too, but H2 counts UTF-16 units, so text rich in emoji can still
     * overrun a column there. A 400 naming the column's field, never a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail onDataIntegrity(DataIntegrityViolationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
                Matcher column = TOO_LONG_COLUMN.matcher(String.valueOf(sql.getMessage()));
                String field = column.find() ? camelCase(column.group(1)) : "text";
                String message = "字段 " + field + " 的内容过长";
                return Problems.of(ErrorCode.VALIDATION_FAILED, message, List.of(new FieldProblem(field, message)));
            }
        }
        return onUnexpected(e);
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail onTooLarge(MaxUploadSizeExceededException e) {
        String message = "上传的文件过大";
        ProblemDetail problem =
                Problems.of(ErrorCode.VALIDATION_FAILED, message, List.of(new FieldProblem("file", message)));
        problem.setStatus(413);
        return problem;
    }

    /** Two people acted on the same process step at once: the loser is told to look again. */
    @ExceptionHandler({
        FlowableOptimisticLockingException.class,
        FlowableObjectNotFoundException.class,
        OptimisticLockingFailureException.class
    })
    ProblemDetail onConcurrentChange(RuntimeException e) {
        return Problems.of(ErrorCode.STATE_CONFLICT, "该事项已被他人处理，请刷新后重试", List.of());
    }

    /**
     * A deadlock or lock-wait timeout still lost after the transaction was re-run (see LockConflictRetry):
     * nothing was written, and the client is told when to try again.
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> onLockConflict(PessimisticLockingFailureException e) {
        return ResponseEntity.status(ErrorCode.BUSY.status())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(ErrorCode.BUSY));
    }

    /**
     * Every pooled connection stayed busy past the pool's wait (a burst of heavy requests): nothing ran, and the
     * client is told to try again rather than that the platform broke. Filters (the session store) that meet the
     * same are answered by {@link ProblemErrorController}.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    ResponseEntity<ProblemDetail> onNoConnection(Exception e) {
        log.warn("No database connection available: {}", e.getMessage());
        return ResponseEntity.status(ErrorCode.BUSY.status())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(ErrorCode.BUSY));
    }

    /**
     * A statement ran past MyBatis' {@code default-statement-timeout} (a very wide statistics filter over a large
     * history, say): the client is told to narrow the query, not that the platform broke.
     */
    @ExceptionHandler(QueryTimeoutException.class)
    ResponseEntity<ProblemDetail> onQueryTimeout(QueryTimeoutException e) {
        log.warn("Statement timed out: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(ErrorCode.QUERY_TIMEOUT.status())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(ErrorCode.QUERY_TIMEOUT));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail onAccessDenied(AccessDeniedException e) {
        return Problems.of(ErrorCode.FORBIDDEN);
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail onAuthentication(AuthenticationException e) {
        return Problems.of(ErrorCode.UNAUTHENTICATED);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail onUnexpected(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            // Spring MVC's other refusals (not acceptable, missing header …) keep their status.
            ErrorCode code = known.getStatusCode().value() == 404 ? ErrorCode.NOT_FOUND : ErrorCode.MALFORMED_REQUEST;
            ProblemDetail problem = Problems.of(code);
            problem.setStatus(known.getStatusCode().value());
            return problem;
        }
        log.error("Unexpected error", e);
        return Problems.of(ErrorCode.INTERNAL_ERROR);
    }

    private static ProblemDetail validationProblem(List<FieldProblem> problems) {
        String detail = problems.isEmpty()
                ? ErrorCode.VALIDATION_FAILED.defaultMessage()
                : problems.stream().map(FieldProblem::message).distinct().collect(Collectors.joining("；"));
        return Problems.of(ErrorCode.VALIDATION_FAILED, detail, problems);
    }

    private static FieldProblem toFieldProblem(FieldError error) {
        if (error.isBindingFailure()) {
            // A value that could not be converted (size=abc): Spring's message is English and technical.
            return new FieldProblem(error.getField(), "参数 " + error.getField() + " 的值格式不正确");
        }
        String message =
                error.getDefaultMessage() != null ? error.getDefaultMessage() : "字段 " + error.getField() + " 的值不正确";
        return new FieldProblem(error.getField(), message);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
