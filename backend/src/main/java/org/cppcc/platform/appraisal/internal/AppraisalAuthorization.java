package org.cppcc.platform.appraisal.internal;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The office keeps the rules, adjusts, decides and publishes; leaders read everything and review when appointed;
 * a unit reads the rules and its own ranking row (AssessmentService narrows it) and nominates what it handled; a
 * member nominates and follows their nominations. The public lists live under /api/public/appraisal.
 */
@Component
class AppraisalAuthorization implements ModuleAuthorization {

    private static final String OFFICE = "PROPOSAL_OFFICE";
    private static final String LEADER = "LEADER";
    private static final String UNIT = "HANDLING_UNIT";
    private static final String MEMBER = "MEMBER";

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, "/api/appraisal/rules", "/api/appraisal/ranking")
                .hasAnyRole(OFFICE, LEADER, UNIT)
                .requestMatchers(GET, "/api/appraisal/years/*/history", "/api/appraisal/rounds/*/history")
                .hasAnyRole(OFFICE, LEADER)
                .requestMatchers(PUT, "/api/appraisal/rules/*", "/api/appraisal/model-units/*")
                .hasRole(OFFICE)
                .requestMatchers(GET, "/api/appraisal/reviewers")
                .hasRole(OFFICE)
                .requestMatchers(
                        POST,
                        "/api/appraisal/ranking/*/adjustments",
                        "/api/appraisal/ranking/*/publish",
                        "/api/appraisal/model-units/*/publish",
                        "/api/appraisal/rounds",
                        "/api/appraisal/rounds/*/review",
                        "/api/appraisal/rounds/*/decision",
                        "/api/appraisal/rounds/*/publish")
                .hasRole(OFFICE)
                .requestMatchers(GET, "/api/appraisal/rounds", "/api/appraisal/rounds/*")
                .hasAnyRole(OFFICE, LEADER, UNIT, MEMBER)
                .requestMatchers(POST, "/api/appraisal/rounds/*/nominations")
                .hasAnyRole(OFFICE, UNIT, MEMBER)
                .requestMatchers(PUT, "/api/appraisal/nominations/*/review")
                .hasAnyRole(OFFICE, LEADER);
    }
}
