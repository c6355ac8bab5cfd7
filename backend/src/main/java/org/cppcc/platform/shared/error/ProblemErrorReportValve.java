package org.cppcc.platform.shared.error;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.ProblemDetail;

/**
 * Replaces Tomcat's HTML error report for errors the connector answers before any web application sees the
 * request (e.g. {@code GET /%2e%2e/%2e%2e/etc/passwd}, a malformed URI or header): the same problem+json
 * shape as every other error. Installed on the host by {@link ProblemErrorPages}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemDetail problem = problemFor(status);
        String body = "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle()
                + "\",\"status\":" + status + ",\"detail\":\"" + problem.getDetail() + "\",\"code\":\""
                + problem.getProperties().get("code") + "\",\"errors\":[]}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was already committed: nothing more to tell.
        }
    }

    /** The problem for a bare HTTP status, with the nearest stable code; the status itself is kept. */
    static ProblemDetail problemFor(int status) {
        ErrorCode code = switch (status) {
            case 400, 405, 406, 415 -> ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 413 -> ErrorCode.VALIDATION_FAILED;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 503 -> ErrorCode.BUSY;
            default -> status < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
        ProblemDetail problem = Problems.of(code);
        problem.setStatus(status);
        return problem;
    }
}
