package org.cppcc.platform.duty.internal;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A member reads their own record and diary, answers invitations and signs in; the office writes (entries,
 * rules, activities); the office and leaders read every record and the rankings. Units, liaisons, residents and
 * the administrator see none of it. Which member a record belongs to is checked again in {@link DutyAccess}.
 */
@Component
class DutyAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/duty/my-record", "/api/duty/my-record/**", "/api/duty/my-diary")
                .hasRole("MEMBER")
                .requestMatchers(POST, "/api/duty/activities/*/answer", "/api/duty/activities/*/sign-in")
                .hasRole("MEMBER")
                .requestMatchers(
                        POST,
                        "/api/duty/members/*/entries",
                        "/api/duty/backfill",
                        "/api/duty/activities",
                        "/api/duty/activities/*/invitees")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(PUT, "/api/duty/entries/*", "/api/duty/rules")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(GET, "/api/duty/activities/*/sign-in-code")
                .hasRole("PROPOSAL_OFFICE")
                .requestMatchers(
                        GET,
                        "/api/duty/rankings",
                        "/api/duty/entries/*/history",
                        "/api/duty/members/*/record",
                        "/api/duty/members/*/record/**",
                        "/api/duty/members/*/diary")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER")
                .requestMatchers(
                        GET,
                        "/api/duty/rules",
                        "/api/duty/activities",
                        "/api/duty/activities/*",
                        "/api/duty/diary-photos/*")
                .hasAnyRole("MEMBER", "PROPOSAL_OFFICE", "LEADER");
    }
}
