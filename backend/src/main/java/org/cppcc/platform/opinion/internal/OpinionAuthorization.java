package org.cppcc.platform.opinion.internal;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Members write and follow their own reports; the proposal office (which also runs 社情民意 in this committee)
 * reviews all of them. Units, leaders, liaisons and residents have no part: everything else under the path is
 * refused. Which report a member may read is checked per record (a report they neither wrote nor co-wrote is 404).
 */
@Component
class OpinionAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, "/api/opinion/reports/mine")
                .hasRole("MEMBER")
                .requestMatchers(POST, "/api/opinion/reports", "/api/opinion/reports/*/submission")
                .hasRole("MEMBER")
                .requestMatchers(PUT, "/api/opinion/reports/*/text")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(PUT, "/api/opinion/reports/*")
                .hasRole("MEMBER")
                .requestMatchers(GET, "/api/opinion/reports")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(GET, "/api/opinion/reports/*")
                .hasAnyRole("MEMBER", "PROPOSAL_OFFICE")
                .requestMatchers(
                        POST,
                        "/api/opinion/reports/*/decision",
                        "/api/opinion/reports/*/sendings",
                        "/api/opinion/reports/*/instructions",
                        "/api/opinion/reports/*/uses")
                .hasRole("PROPOSAL_OFFICE");
    }
}
