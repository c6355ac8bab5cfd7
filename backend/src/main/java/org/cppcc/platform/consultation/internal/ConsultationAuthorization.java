package org.cppcc.platform.consultation.internal;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the staff side of micro-consultation (docs/domain.md's roles); the public site lives under
 * /api/public/consultation and is open to all. Which workstation, matter or action a person may act on,
 * and in which state, is checked again by the commands and queries.
 */
@Component
class ConsultationAuthorization implements ModuleAuthorization {

    private static final String LIAISON = "WORKSTATION_LIAISON";

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(POST, "/api/consultation/matters", "/api/consultation/matters/*/triage")
                .hasAnyRole(LIAISON, "MEMBER")
                .requestMatchers(
                        POST,
                        "/api/consultation/matters/*/meetings",
                        "/api/consultation/meetings/*/minutes",
                        "/api/consultation/matters/*/decision",
                        "/api/consultation/matters/*/publish",
                        "/api/consultation/matters/*/conclusion")
                .hasRole(LIAISON)
                .requestMatchers(POST, "/api/consultation/matters/*/evaluations")
                .hasRole("MEMBER")
                .requestMatchers(GET, "/api/consultation/actions")
                .hasRole("HANDLING_UNIT")
                .requestMatchers(POST, "/api/consultation/actions/*/progress")
                .hasRole("HANDLING_UNIT")
                .requestMatchers(GET, "/api/consultation/statistics")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER")
                .requestMatchers(GET, "/api/consultation/my-duties")
                .hasRole("MEMBER")
                .requestMatchers(GET, "/api/consultation/workbench")
                .hasAnyRole(LIAISON, "MEMBER")
                .requestMatchers(POST, "/api/consultation/workstations/*/roster")
                .hasAnyRole(LIAISON, "ADMIN")
                .requestMatchers(DELETE, "/api/consultation/roster/*")
                .hasAnyRole(LIAISON, "ADMIN")
                .requestMatchers(
                        GET, "/api/consultation/workstations/*/roster", "/api/consultation/workstations/*/members")
                .hasAnyRole(LIAISON, "MEMBER", "ADMIN", "PROPOSAL_OFFICE", "LEADER")
                .requestMatchers(
                        GET,
                        "/api/consultation/matters",
                        "/api/consultation/matters/*",
                        "/api/consultation/matters/*/diagram",
                        "/api/consultation/photos/*")
                .hasAnyRole(LIAISON, "MEMBER", "HANDLING_UNIT", "RESIDENT", "PROPOSAL_OFFICE", "LEADER");
    }
}
