package org.cppcc.platform.document.internal;

import static org.springframework.http.HttpMethod.GET;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** A member downloads their own yearly duty report; the office and leaders any member's. */
@Component
class DutyReportAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, "/api/documents/duty-reports/mine")
                .hasRole("MEMBER")
                .requestMatchers(GET, "/api/documents/duty-reports/members/*")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER");
    }
}
