package org.cppcc.platform.account.internal;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;

import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.error.Problems;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/** Refusals made by the security filters, in the same problem shape as the controllers'. */
final class ProblemResponses {

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthenticated(JsonMapper json) {
        return (request, response, e) -> write(response, json, ErrorCode.UNAUTHENTICATED);
    }

    static AccessDeniedHandler denied(JsonMapper json) {
        return (request, response, e) ->
                write(response, json, e instanceof CsrfException ? ErrorCode.CSRF_INVALID : ErrorCode.FORBIDDEN);
    }

    private static void write(HttpServletResponse response, JsonMapper json, ErrorCode code) throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.of(code));
    }
}
