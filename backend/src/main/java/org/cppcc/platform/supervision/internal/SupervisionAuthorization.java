package org.cppcc.platform.supervision.internal;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Only the office chases, shortlists and approves key proposals; only leaders write instructions; only
 * units acknowledge them. The office, leaders and units read the board (a unit only its own items).
 */
@Component
class SupervisionAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        POST,
                        "/api/supervision/chases",
                        "/api/supervision/key-proposals",
                        "/api/supervision/key-proposals/*/approval")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(PUT, "/api/supervision/key-proposals/*/leader")
                .hasRole("PROPOSAL_OFFICE")
                // A unit's leaders (分管领导) are named by the office, or by the administrator when setting up units.
                .requestMatchers("/api/supervision/units/*/leaders")
                .hasAnyRole("PROPOSAL_OFFICE", "ADMIN")
                .requestMatchers(DELETE, "/api/supervision/key-proposals/*")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(GET, "/api/supervision/key-proposals/candidates")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(POST, "/api/supervision/proposals/*/instructions")
                .hasRole("LEADER")
                .requestMatchers(POST, "/api/supervision/instructions/*/acknowledgement")
                .hasRole("HANDLING_UNIT")
                .requestMatchers(GET, "/api/supervision/instructions/pending")
                .hasRole("HANDLING_UNIT")
                .requestMatchers(
                        POST,
                        "/api/supervision/key-proposals/*/conclusion",
                        "/api/supervision/proposals/*/visits",
                        "/api/supervision/visits/*/photos")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER")
                .requestMatchers(GET, "/api/supervision/key-proposals", "/api/supervision/leaders")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER")
                .requestMatchers(
                        GET,
                        "/api/supervision/board",
                        "/api/supervision/board/units",
                        "/api/supervision/proposals/*",
                        "/api/supervision/visits/*/photos/*")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER", "HANDLING_UNIT");
    }
}
