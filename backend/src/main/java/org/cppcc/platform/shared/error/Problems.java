package org.cppcc.platform.shared.error;

import java.net.URI;
import java.util.List;

import org.springframework.http.ProblemDetail;

/** Builds the one problem-details shape that every error of the API takes. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ErrorCode code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setType(
                URI.create("urn:cppcc:problem:" + code.name().toLowerCase().replace('_', '-')));
        problem.setTitle(code.defaultMessage());
        problem.setProperty("code", code.name());
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail of(ErrorCode code) {
        return of(code, code.defaultMessage(), List.of());
    }
}
