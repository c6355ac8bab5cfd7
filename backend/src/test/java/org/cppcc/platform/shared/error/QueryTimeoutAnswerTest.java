package org.cppcc.platform.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A statement cut off by the statement timeout is answered 503 with a hint, never 500. */
class QueryTimeoutAnswerTest {

    @RestController
    static class SlowReport {
        @GetMapping("/report")
        String report() {
            // What Connector/J throws when its statement timer cancels a query, translated as Spring translates it.
            throw new SQLExceptionSubclassTranslator()
                    .translate("board", "select ...", new SQLTimeoutException("Statement cancelled due to timeout"));
        }
    }

    @Test
    void aTimedOutStatementIsServiceUnavailableWithAHint() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new SlowReport())
                .setControllerAdvice(new ApiExceptionHandler())
                .build();

        mvc.perform(get("/report"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("QUERY_TIMEOUT"))
                .andExpect(jsonPath("$.detail").value(ErrorCode.QUERY_TIMEOUT.defaultMessage()));
    }

    @Test
    void theTranslatorNamesItAQueryTimeout() {
        assertThat(new SQLExceptionSubclassTranslator()
                        .translate("board", "select ...", new SQLTimeoutException("timeout")))
                .isInstanceOf(QueryTimeoutException.class);
    }
}
