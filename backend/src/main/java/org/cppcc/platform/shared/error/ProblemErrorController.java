package org.cppcc.platform.shared.error;

import java.sql.SQLTransientConnectionException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page: errors that never reached a controller (a filter's sendError, a path the
 * firewall refused, an exception in a filter) answer the same problem+json as the API, never a whitelabel
 * or Tomcat HTML page. Errors before the web application (the connector's) go to {@link ProblemErrorReportValve}.
 */
@Hidden // the container's error page, not an operation of the API
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = attribute instanceof Integer code ? code : 500;
        if (status == 500 && noConnection(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            status = 503;
        }
        ProblemDetail problem = ProblemErrorReportValve.problemFor(status);
        ResponseEntity.BodyBuilder response =
                ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == 503 || status == 429) {
            response.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return response.body(problem);
    }

    /** A filter (the session store, say) found every pooled connection busy: a moment's overload, not a fault. */
    private static boolean noConnection(Object exception) {
        Throwable t = exception instanceof Throwable thrown ? thrown : null;
        // a bounded walk: a cause chain that loops back on itself must not hang the error page
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof CannotGetJdbcConnectionException) {
                return true;
            }
        }
        return false;
    }
}
