package org.cppcc.platform.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every pooled connection busy (a burst of heavy requests; found by the list benchmark at 32 clients) is a
 * moment's overload: 503 BUSY with Retry-After, from a controller and from a filter alike, never 500.
 */
class NoConnectionAnswerTest {

    /** What HikariCP throws when its wait for a connection runs out, as Spring's transaction manager wraps it. */
    private static final CannotCreateTransactionException POOL_EXHAUSTED = new CannotCreateTransactionException(
            "Could not open JDBC Connection for transaction",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));

    @RestController
    static class BusyList {
        @GetMapping("/list")
        String list() {
            throw POOL_EXHAUSTED;
        }
    }

    @Test
    void aControllerWithoutAConnectionAnswersBusy() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new BusyList())
                .setControllerAdvice(new ApiExceptionHandler())
                .build();

        mvc.perform(get("/list"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("BUSY"));
    }

    @Test
    void aFilterWithoutAConnectionAnswersBusyOnTheErrorPage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("filter", POOL_EXHAUSTED));

        ResponseEntity<?> answer = new ProblemErrorController().error(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    }

    @Test
    void anyOtherFailureInAFilterStaysAnInternalError() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("bug"));

        assertThat(new ProblemErrorController().error(request).getStatusCode().value())
                .isEqualTo(500);
    }
}
