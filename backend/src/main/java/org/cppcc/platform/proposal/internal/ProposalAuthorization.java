package org.cppcc.platform.proposal.internal;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the proposal API (docs/domain.md's roles). Which proposal a person may see or act on, and in
 * which state, is checked again by the commands and queries.
 */
@Component
class ProposalAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        POST,
                        "/api/proposals/assignments/*/sign",
                        "/api/proposals/assignments/*/return-request",
                        "/api/proposals/assignments/*/contacts",
                        "/api/proposals/assignments/*/opinion",
                        "/api/proposals/assignments/*/extensions",
                        "/api/proposals/assignments/*/reply/submit",
                        "/api/proposals/assignments/*/countersign",
                        "/api/proposals/assignments/*/reply/approve",
                        "/api/proposals/assignments/*/follow-ups")
                .hasRole("HANDLING_UNIT")
                .requestMatchers(PUT, "/api/proposals/assignments/*/reply", "/api/proposals/assignments/*/officer")
                .hasRole("HANDLING_UNIT")
                .requestMatchers(GET, "/api/proposals/assignments/*/officers")
                .hasRole("HANDLING_UNIT")
                .requestMatchers(
                        POST,
                        "/api/proposals/extensions/*/decision",
                        "/api/proposals/assignments/*/reply/check",
                        "/api/proposals/*/after-evaluation",
                        "/api/proposals/*/publish",
                        "/api/proposals/staff-entries",
                        "/api/proposals/assignment-batches")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(POST, "/api/proposals/*/meetings", "/api/proposals/meetings/*/outcome")
                .hasAnyRole("PROPOSAL_OFFICE", "HANDLING_UNIT")
                .requestMatchers(POST, "/api/proposals/*/evaluations")
                .hasAnyRole("MEMBER", "PROPOSAL_OFFICE")
                .requestMatchers(
                        POST,
                        "/api/proposals/assignments/*/return-decision",
                        "/api/proposals/*/review",
                        "/api/proposals/*/assign")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(
                        POST,
                        "/api/proposals",
                        "/api/proposals/*/submit",
                        "/api/proposals/*/cosign",
                        "/api/proposals/*/submit-for-review",
                        "/api/proposals/*/attachments")
                .hasRole("MEMBER")
                .requestMatchers(PUT, "/api/proposals/*")
                .hasRole("MEMBER")
                .requestMatchers(DELETE, "/api/proposals/*/attachments/*")
                .hasRole("MEMBER")
                .requestMatchers(GET, "/api/proposals/assignment-batches/candidates")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(GET, "/api/proposals/assignment-batches", "/api/proposals/assignment-batches/*")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER")
                .requestMatchers(GET, "/api/proposals", "/api/proposals/**")
                .hasAnyRole("MEMBER", "PROPOSAL_OFFICE", "LEADER", "HANDLING_UNIT");
    }
}
