package org.cppcc.platform.shared.error;

import java.util.List;

/** A refusal the client can act on; rendered as an RFC 9457 problem with its code. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient List<FieldProblem> fieldProblems;
    private long retryAfterSeconds;

    public ApiException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public ApiException(ErrorCode code, String message, List<FieldProblem> fieldProblems) {
        super(message);
        this.code = code;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** 429: the allowance of a window is used up; the client may try again after {@code retryAfterSeconds}. */
    public static ApiException rateLimited(long retryAfterSeconds) {
        ApiException e = new ApiException(ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED.defaultMessage());
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + "不存在");
    }

    public static ApiException duplicate(String field, String message) {
        return new ApiException(ErrorCode.DUPLICATE, message, List.of(new FieldProblem(field, message)));
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message, List.of(new FieldProblem(field, message)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** Seconds after which trying again may succeed (the Retry-After header), 0 when it does not apply. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
